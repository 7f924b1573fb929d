// Checks System properties (standard separators, -D properties passed via
// SystemThreadBasics.flags, defaults, set/clear, Integer.getInteger/
// Long.getLong/Boolean.getBoolean), System.getenv of a missing variable,
// System.lineSeparator, Runtime basics (only machine-independent facts),
// Thread.currentThread() basics, interrupt status and sleep, ThreadLocal
// (withInitial, initialValue override, set/get/remove), and
// StackTraceElement of new Throwable().getStackTrace().
public class SystemThreadBasics {
    static int initCalls = 0;

    static final ThreadLocal<Integer> counter = ThreadLocal.withInitial(() -> {
        initCalls++;
        return 100;
    });

    static final ThreadLocal<StringBuilder> buffer = new ThreadLocal<StringBuilder>() {
        @Override
        protected StringBuilder initialValue() {
            initCalls++;
            return new StringBuilder("init");
        }
    };

    static final ThreadLocal<String> plain = new ThreadLocal<>();

    static StackTraceElement here() {
        return new Throwable().getStackTrace()[0];
    }

    static StackTraceElement caller() {
        return new Throwable().getStackTrace()[1];
    }

    static class Helper {
        StackTraceElement fromConstructor;

        Helper() {
            fromConstructor = new Throwable().getStackTrace()[0];
        }

        static StackTraceElement fromStaticInit = new Throwable().getStackTrace()[0];
    }

    static String describe(StackTraceElement e) {
        return "class=" + e.getClassName() + " method=" + e.getMethodName() + " file=" + e.getFileName()
            + " line=" + e.getLineNumber() + " native=" + e.isNativeMethod() + " toString=" + e;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("line.separator is \\n: " + "\n".equals(System.getProperty("line.separator")));
        System.out.println("lineSeparator() is \\n: " + "\n".equals(System.lineSeparator()));
        System.out.println("file.separator " + System.getProperty("file.separator") + " path.separator " + System.getProperty("path.separator"));
        System.out.println("lang.test.prop [" + System.getProperty("lang.test.prop") + "]");
        System.out.println("lang.test.empty [" + System.getProperty("lang.test.empty") + "]");
        System.out.println("lang.test.eq [" + System.getProperty("lang.test.eq") + "]");
        System.out.println("missing " + System.getProperty("lang.test.missing") + " default " + System.getProperty("lang.test.missing", "dflt")
            + " present with default " + System.getProperty("lang.test.prop", "dflt"));
        System.out.println("getInteger " + Integer.getInteger("lang.test.num") + " " + Integer.getInteger("lang.test.prop")
            + " " + Integer.getInteger("lang.test.missing") + " " + Integer.getInteger("lang.test.missing", 5)
            + " getLong " + Long.getLong("lang.test.num") + " getBoolean " + Boolean.getBoolean("lang.test.flag")
            + " " + Boolean.getBoolean("lang.test.prop") + " " + Boolean.getBoolean("lang.test.missing"));
        System.out.println("setProperty returns " + System.setProperty("lang.test.prop", "changed") + " now " + System.getProperty("lang.test.prop")
            + " set new returns " + System.setProperty("lang.test.new", "v") + " clear returns " + System.clearProperty("lang.test.new")
            + " after clear " + System.getProperty("lang.test.new"));
        System.out.println("getProperties agrees " + "changed".equals(System.getProperties().getProperty("lang.test.prop")));
        System.out.println("getenv missing " + System.getenv("CREMA_SURELY_UNDEFINED_VARIABLE_12345") + " map lookup "
            + System.getenv().get("CREMA_SURELY_UNDEFINED_VARIABLE_12345"));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.setProperty("lang.test.x", null);
        } catch (NullPointerException e) {
            System.out.println("null value: NullPointerException");
        }

        Runtime rt = Runtime.getRuntime();
        System.out.println("runtime non-null " + (rt != null) + " same " + (rt == Runtime.getRuntime()) + " maxMemory>0 " + (rt.maxMemory() > 0)
            + " totalMemory>0 " + (rt.totalMemory() > 0) + " free<=total " + (rt.freeMemory() <= rt.totalMemory())
            + " processors>=1 " + (rt.availableProcessors() >= 1));
        long t0 = System.nanoTime();
        long ms = System.currentTimeMillis();
        Thread.sleep(1);
        Thread.sleep(0);
        long t1 = System.nanoTime();
        System.out.println("time moves " + (t1 - t0 >= 0) + " millis positive " + (ms > 0));

        Thread t = Thread.currentThread();
        System.out.println("thread name " + t.getName() + " priority " + t.getPriority() + " daemon " + t.isDaemon() + " alive " + t.isAlive()
            + " interrupted " + t.isInterrupted() + " group " + t.getThreadGroup().getName() + " same " + (t == Thread.currentThread()));
        t.interrupt();
        System.out.println("after interrupt " + t.isInterrupted() + " interrupted() " + Thread.interrupted() + " again " + Thread.interrupted());
        t.interrupt();
        try {
            Thread.sleep(1000);
            System.out.println("slept?");
        } catch (InterruptedException e) {
            System.out.println("sleep while interrupted: " + e.getMessage() + " flag now " + t.isInterrupted());
        }
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(-1): " + e.getMessage());
        }
        Thread.yield();
        Thread.onSpinWait();

        System.out.println("ThreadLocal get " + counter.get() + " initCalls " + initCalls);
        counter.set(counter.get() + 1);
        System.out.println("after set " + counter.get() + " initCalls " + initCalls);
        counter.remove();
        System.out.println("after remove " + counter.get() + " initCalls " + initCalls);
        counter.set(null);
        System.out.println("set null " + counter.get() + " initCalls " + initCalls);
        buffer.get().append("-more");
        System.out.println("buffer " + buffer.get() + " initCalls " + initCalls);
        buffer.remove();
        System.out.println("buffer after remove " + buffer.get() + " initCalls " + initCalls);
        System.out.println("plain " + plain.get());
        plain.set("x");
        System.out.println("plain set " + plain.get());
        plain.remove();
        System.out.println("plain removed " + plain.get());
        InheritableThreadLocal<String> inh = new InheritableThreadLocal<>();
        inh.set("inherited");
        System.out.println("inheritable " + inh.get());

        System.out.println(describe(here()));
        System.out.println(describe(caller()));
        System.out.println(describe(new Helper().fromConstructor));
        System.out.println(describe(Helper.fromStaticInit));
        Runnable r = () -> System.out.println("lambda frame method starts with lambda$: "
            + new Throwable().getStackTrace()[0].getMethodName().startsWith("lambda$main$"));
        r.run();
        StackTraceElement[] trace = deep(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(trace[i].getMethodName()).append(':').append(trace[i].getLineNumber()).append(' ');
        System.out.println("deep trace " + sb.toString().trim() + " length " + trace.length);
        StackTraceElement made = new StackTraceElement("pkg.Cls", "meth", "Cls.java", 12);
        StackTraceElement nat = new StackTraceElement("pkg.Cls", "nat", null, -2);
        StackTraceElement nofile = new StackTraceElement("pkg.Cls", "nofile", null, -1);
        System.out.println("constructed " + made + " | " + nat + " native=" + nat.isNativeMethod() + " | " + nofile
            + " | " + new StackTraceElement("A", "m", "A.java", -1)
            + " equals " + made.equals(new StackTraceElement("pkg.Cls", "meth", "Cls.java", 12)));
    }

    static StackTraceElement[] deep(int n) {
        if (n == 0) return new Throwable().getStackTrace();
        return deep(n - 1);
    }
}
