public class ProgramArgs {
    public static void main(String[] args) {
        System.out.println("count: " + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": [" + args[i] + "] length " + args[i].length());
        }
    }
}
