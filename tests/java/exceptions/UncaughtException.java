public class UncaughtException {
    static void process(int[] data, int index) {
        System.out.println("processing index " + index);
        data[index] *= 2;
        System.out.println("value now " + data[index]);
    }

    public static void main(String[] args) {
        int[] data = {1, 2, 3};
        try {
            process(data, 1);
        } finally {
            System.out.println("finally after first call");
        }
        try {
            process(data, 7);
        } finally {
            System.out.println("finally runs before the uncaught exception terminates main");
        }
        System.out.println("never printed");
    }
}
