public class StaticHiding {
    static class Base {
        static String create() { return "Base.create"; }
        static int counter = 0;
        static void inc() { counter++; }
        String instanceCallsStatic() { return create(); }
    }

    static class Derived extends Base {
        static String create() { return "Derived.create"; }
        static void inc() { counter += 10; }
        String instanceCallsStatic() { return create() + "+" + super.instanceCallsStatic(); }
    }

    static class NoOwn extends Base {
    }

    public static void main(String[] args) {
        System.out.println(Base.create());
        System.out.println(Derived.create());
        System.out.println(NoOwn.create());
        Base b = new Derived();
        System.out.println(b.instanceCallsStatic());
        System.out.println(new Base().instanceCallsStatic());
        Base.inc();
        Derived.inc();
        NoOwn.inc();
        System.out.println("counter = " + Base.counter + " " + Derived.counter + " " + NoOwn.counter);
        Derived d = null;
        System.out.println(d.create());
        Base bn = null;
        System.out.println(bn.create());
    }
}
