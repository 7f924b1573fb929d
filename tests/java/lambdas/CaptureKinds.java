// Checks lambda capture: nothing, effectively-final locals of every primitive
// type (int, long, double, float, boolean, char, byte, short), references,
// arrays (mutated through the capture), `this`, instance and static fields
// (read at call time, not at capture time), and many captures at once.
import java.util.function.*;

public class CaptureKinds {
    static int staticCounter = 10;
    int field = 5;
    String name;

    CaptureKinds(String name) { this.name = name; }

    Supplier<String> captureThis() {
        return () -> name + ":" + field;
    }

    IntSupplier captureFieldViaThis() {
        return () -> field * 2;
    }

    Runnable incrementField() {
        return () -> field++;
    }

    String describe() { return "CaptureKinds(" + name + ")"; }

    Supplier<String> callThisMethod() {
        return () -> "via this: " + describe();
    }

    public static void main(String[] args) {
        // capturing nothing
        Supplier<String> none = () -> "no capture";
        IntSupplier constant = () -> 42;
        System.out.println("none: " + none.get());
        System.out.println("constant: " + constant.getAsInt());

        // primitive locals
        int i = -7;
        long l = 1L << 40;
        double d = 2.5;
        float f = 0.1f;
        boolean z = true;
        char c = 'x';
        byte b = (byte) 200;
        short s = (short) 40000;
        Supplier<String> prims = () -> "i=" + i + " l=" + l + " d=" + d + " f=" + f
                + " z=" + z + " c=" + c + " b=" + b + " s=" + s;
        System.out.println(prims.get());
        IntSupplier iSup = () -> i * 3;
        LongSupplier lSup = () -> l + i;
        DoubleSupplier dSup = () -> d * i;
        BooleanSupplier zSup = () -> !z;
        System.out.println("int: " + iSup.getAsInt());
        System.out.println("long: " + lSup.getAsLong());
        System.out.println("double: " + dSup.getAsDouble());
        System.out.println("boolean: " + zSup.getAsBoolean());
        Supplier<Character> cSup = () -> (char) (c + 1);
        System.out.println("char+1: " + cSup.get());
        IntSupplier bs = () -> b + s;
        System.out.println("byte+short: " + bs.getAsInt());

        // captured value is a snapshot: a later different local does not matter
        for (int k = 0; k < 3; k++) {
            final int snapshot = k * k;
            IntSupplier sq = () -> snapshot;
            System.out.println("snapshot " + k + " -> " + sq.getAsInt());
        }

        // references and null
        String str = "hello";
        String nothing = null;
        Supplier<String> refs = () -> str.toUpperCase() + "/" + nothing;
        System.out.println("refs: " + refs.get());
        Object obj = Integer.valueOf(99);
        Supplier<String> objSup = () -> "obj=" + obj + " isInteger=" + (obj instanceof Integer);
        System.out.println(objSup.get());

        // arrays: the reference is captured, contents can change
        int[] counter = {0};
        Runnable inc = () -> counter[0]++;
        inc.run();
        inc.run();
        inc.run();
        System.out.println("counter: " + counter[0]);
        long[] acc = new long[2];
        LongConsumer add = v -> { acc[0] += v; acc[1]++; };
        add.accept(100);
        add.accept(-30);
        System.out.println("acc: sum=" + acc[0] + " n=" + acc[1]);
        String[] names = {"a", "b"};
        Supplier<String> joined = () -> String.join("+", names);
        System.out.println("joined: " + joined.get());
        names[1] = "z";
        System.out.println("joined after change: " + joined.get());

        // static field read at call time
        IntSupplier st = () -> staticCounter;
        System.out.println("static before: " + st.getAsInt());
        staticCounter = 77;
        System.out.println("static after: " + st.getAsInt());
        Runnable bump = () -> staticCounter += 3;
        bump.run();
        System.out.println("static bumped: " + staticCounter);

        // this and fields
        CaptureKinds ck = new CaptureKinds("obj1");
        Supplier<String> t = ck.captureThis();
        IntSupplier fieldTwice = ck.captureFieldViaThis();
        System.out.println("this: " + t.get() + " twice=" + fieldTwice.getAsInt());
        Runnable incF = ck.incrementField();
        incF.run();
        incF.run();
        System.out.println("this after inc: " + t.get() + " twice=" + fieldTwice.getAsInt());
        System.out.println(ck.callThisMethod().get());
        CaptureKinds other = new CaptureKinds("obj2");
        System.out.println("other: " + other.captureThis().get());

        // many captures of mixed widths (slot layout of long/double)
        long a1 = 1; int a2 = 2; double a3 = 3.5; long a4 = 4; char a5 = 'E'; double a6 = 6.25; int a7 = 7;
        Supplier<String> many = () -> a1 + "," + a2 + "," + a3 + "," + a4 + "," + a5 + "," + a6 + "," + a7;
        System.out.println("many: " + many.get());
        DoubleSupplier sum = () -> a1 + a2 + a3 + a4 + a5 + a6 + a7;
        System.out.println("sum: " + sum.getAsDouble());

        // capture plus parameters
        int base = 1000;
        IntBinaryOperator op = (x, y) -> base + x * y;
        System.out.println("op(6,7): " + op.applyAsInt(6, 7));
        BiFunction<String, Integer, String> rep = (x, n) -> str + x.repeat(n) + base;
        System.out.println("rep: " + rep.apply("!", 3));
        // each evaluation yields a working instance
        IntSupplier[] sups = new IntSupplier[4];
        for (int k = 0; k < sups.length; k++) {
            int kk = k;
            sups[k] = () -> kk * 10 + i;
        }
        for (IntSupplier sup : sups) System.out.println("sups: " + sup.getAsInt());
    }
}
