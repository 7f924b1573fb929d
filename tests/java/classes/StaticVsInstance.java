public class StaticVsInstance {
    static class Counter {
        static int created = 0;
        static final String KIND = "counter";
        final int id;
        int count;

        Counter() {
            created++;
            id = created;
        }

        void inc() {
            count++;
        }

        static int totalCreated() {
            return created;
        }

        static void reset() {
            created = 0;
        }
    }

    static class Registry {
        private static final Registry INSTANCE = new Registry();
        private int registrations;

        private Registry() {}

        static Registry get() {
            return INSTANCE;
        }

        int register() {
            return ++registrations;
        }
    }

    static int staticField = 10;
    int instanceField = 20;

    static long[] sharedArray = new long[3];

    void bump() {
        staticField++;
        instanceField++;
    }

    public static void main(String[] args) {
        Counter a = new Counter();
        Counter b = new Counter();
        Counter c = new Counter();
        a.inc();
        a.inc();
        b.inc();
        System.out.println("ids: " + a.id + " " + b.id + " " + c.id);
        System.out.println("counts: " + a.count + " " + b.count + " " + c.count);
        System.out.println("created: " + Counter.created + " " + Counter.totalCreated());
        Counter.reset();
        System.out.println("after reset: " + Counter.created);
        new Counter();
        System.out.println("after one more: " + Counter.totalCreated() + " " + Counter.KIND);
        System.out.println("singleton: " + Registry.get().register() + " " + Registry.get().register()
            + " same=" + (Registry.get() == Registry.get()));
        StaticVsInstance x = new StaticVsInstance();
        StaticVsInstance y = new StaticVsInstance();
        x.bump();
        y.bump();
        y.bump();
        System.out.println("static=" + staticField + " x.instance=" + x.instanceField + " y.instance=" + y.instanceField);
        // static field through instance expression (even null)
        StaticVsInstance nothing = null;
        System.out.println("via null reference: " + nothing.staticField);
        sharedArray[1] = 99;
        long[] alias = StaticVsInstance.sharedArray;
        alias[2] = 7;
        System.out.println(sharedArray[0] + " " + sharedArray[1] + " " + sharedArray[2]);
        // static long/double fields
        StaticHolder.total += 5_000_000_000L;
        StaticHolder.ratio *= 2.5;
        StaticHolder.flag = !StaticHolder.flag;
        StaticHolder.letter++;
        System.out.println(StaticHolder.total + " " + StaticHolder.ratio + " " + StaticHolder.flag + " " + StaticHolder.letter);
    }

    static class StaticHolder {
        static long total = 1;
        static double ratio = 1.5;
        static boolean flag;
        static char letter = 'a';
    }
}
