public class Main {
    static void use() {
        System.out.println(new Gone().name());
    }

    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) {
            try {
                use();
            } catch (NoClassDefFoundError e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            Holder.touch();
        } catch (NoClassDefFoundError e) {
            System.out.println("superclass missing: " + e.getMessage());
        }
        System.out.println("done");
    }
}
