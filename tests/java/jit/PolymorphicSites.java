// Call sites that see one, two, four and then more receiver classes: the
// inline cache goes from monomorphic to polymorphic to megamorphic, and
// every call must still reach the receiver's own method, for virtual and
// interface calls, inherited and default methods, and null receivers.
public class PolymorphicSites {
    interface Op {
        int apply(int x);

        default int twice(int x) {
            return apply(apply(x));
        }
    }

    static class Add implements Op {
        final int k;

        Add(int k) {
            this.k = k;
        }

        public int apply(int x) {
            return x + k;
        }

        public String toString() {
            return "Add" + k;
        }
    }

    static class Mul implements Op {
        public int apply(int x) {
            return x * 3;
        }
    }

    static class Neg implements Op {
        public int apply(int x) {
            return -x;
        }

        public int twice(int x) {
            return x; // overrides the default
        }
    }

    static class Xor implements Op {
        public int apply(int x) {
            return x ^ 0x5a5a;
        }
    }

    static class Shl implements Op {
        public int apply(int x) {
            return x << 1;
        }
    }

    static class Sub extends Add {
        Sub() {
            super(7);
        }

        public int apply(int x) {
            return x - k;
        }
    }

    static class SubSub extends Sub {
        // inherits apply from Sub
        public String toString() {
            return "SubSub";
        }
    }

    static class Half implements Op {
        public int apply(int x) {
            return x / 2;
        }
    }

    static abstract class Animal {
        abstract String sound();

        String speak() {
            return getClass().getSimpleName() + " says " + sound();
        }
    }

    static class Dog extends Animal {
        String sound() {
            return "woof";
        }
    }

    static class Cat extends Animal {
        String sound() {
            return "meow";
        }
    }

    static class Cow extends Animal {
        String sound() {
            return "moo";
        }
    }

    static class Kitten extends Cat {
        String sound() {
            return "mew";
        }
    }

    static class Duck extends Animal {
        String sound() {
            return "quack";
        }

        String speak() {
            return "the duck says " + sound();
        }
    }

    // One interface call site, one virtual call site, one default-method site.
    static int viaInterface(Op op, int x) {
        return op.apply(x);
    }

    static int viaDefault(Op op, int x) {
        return op.twice(x);
    }

    static int viaVirtual(Add a, int x) {
        return a.apply(x);
    }

    static String speak(Animal a) {
        return a.speak();
    }

    static long run(Op[] ops, int rounds) {
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < ops.length; i++) {
                sum += viaInterface(ops[i], r + i);
                sum += viaDefault(ops[i], r - i);
            }
        }
        return sum;
    }

    public static void main(String[] args) {
        Op[] one = {new Add(1)};
        Op[] two = {new Add(2), new Mul()};
        Op[] four = {new Add(3), new Mul(), new Neg(), new Xor()};
        Op[] eight = {new Add(4), new Mul(), new Neg(), new Xor(), new Shl(), new Sub(), new SubSub(), new Half()};
        // The same sites, widened step by step after they were compiled.
        System.out.println("monomorphic " + run(one, 3000));
        System.out.println("bimorphic " + run(two, 3000));
        System.out.println("polymorphic " + run(four, 3000));
        System.out.println("megamorphic " + run(eight, 3000));
        // Back to fewer receivers: a megamorphic site stays correct.
        System.out.println("monomorphic again " + run(one, 3000));
        System.out.println("four again " + run(four, 1000));

        long v = 0;
        Add[] adds = {new Add(5), new Sub(), new SubSub()};
        for (int r = 0; r < 5000; r++) {
            v += viaVirtual(adds[r % 3], r);
        }
        System.out.println("virtual " + v);

        Animal[] zoo = {new Dog(), new Cat(), new Cow(), new Kitten(), new Duck()};
        int length = 0;
        for (int r = 0; r < 4000; r++) {
            length += speak(zoo[(r * 7) % zoo.length]).length();
        }
        System.out.println("zoo " + length);
        for (Animal a : zoo) {
            System.out.println(speak(a));
        }

        // A null receiver at a compiled, cached site.
        Op[] withNull = {new Add(1), null};
        for (int r = 0; r < 3; r++) {
            try {
                System.out.println("result " + viaInterface(withNull[r % 2], r));
            } catch (NullPointerException e) {
                System.out.println("NullPointerException at round " + r);
            }
        }
        try {
            viaVirtual(null, 1);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException from a virtual site");
        }

        // Object methods through an interface-typed and an Object-typed site.
        Object[] things = {new Add(9), new SubSub(), "text", Integer.valueOf(42)};
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 2000; r++) {
            Object o = things[r % things.length];
            if (r >= 1996) {
                sb.append(o.toString()).append(' ');
            }
            v += o.toString().length();
        }
        System.out.println(sb.toString().trim() + " " + v);
    }
}
