public class StaticFinalFields {
    static String trace(String s) {
        System.out.println("  computing " + s);
        return s;
    }

    static class Config {
        static final String NAME = "config";
        static final int SIZE = 10 * 4 + 2;
        static final String JOINED = NAME + "-" + SIZE;
        static final char LETTER = 'Q';
        static final float RATIO = 1.5f;
        static final short SMALL = 12;
        static final byte TINY = -3;
        static final String DYNAMIC = trace("dynamic");
        static final int[] TABLE = {1, 2, 3};
        static final Object NULL_OBJ = null;
        static {
            System.out.println("  Config <clinit>");
        }
    }

    static class Counter {
        static int count;
        static final int START;
        static {
            START = 100;
            count = START;
            System.out.println("  Counter <clinit>");
        }
    }

    public static void main(String[] args) {
        System.out.println("constants:");
        System.out.println("  " + Config.NAME + " " + Config.SIZE + " " + Config.JOINED + " " + Config.LETTER + " "
            + Config.RATIO + " " + Config.SMALL + " " + Config.TINY);
        System.out.println("constant identity: " + (Config.JOINED == "config-42"));
        System.out.println("switch on constant:");
        switch (42) {
            case Config.SIZE:
                System.out.println("  matched Config.SIZE");
                break;
            default:
                System.out.println("  no match");
        }
        System.out.println("non-constant:");
        System.out.println("  " + Config.TABLE.length);
        System.out.println("  " + Config.DYNAMIC + " " + Config.NULL_OBJ);
        System.out.println("blank final assigned in static block:");
        System.out.println("  " + Counter.START);
        System.out.println("  " + Counter.count);
        Counter.count++;
        System.out.println("  " + Counter.count);
    }
}
