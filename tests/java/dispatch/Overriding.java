public class Overriding {
    static class Vehicle {
        String name() { return "vehicle"; }
        int wheels() { return 0; }
        String describe() { return name() + " with " + wheels() + " wheels"; }
        String honk() { return "..."; }
        public String toString() { return "Vehicle:" + name(); }
    }

    static class Car extends Vehicle {
        String name() { return "car"; }
        int wheels() { return 4; }
        String honk() { return "beep"; }
    }

    static class SportsCar extends Car {
        String name() { return "sports " + super.name(); }
        String honk() { return super.honk().toUpperCase() + "!"; }
    }

    static class Bike extends Vehicle {
        String name() { return "bike"; }
        int wheels() { return 2; }
        String describe() { return "a " + super.describe(); }
    }

    static class Tandem extends Bike {
        String name() { return "tandem"; }
        public String toString() { return "Tandem!" + super.toString(); }
    }

    static class A {
        String m() { return "A.m"; }
        String callM() { return m(); }
        String callThisM() { return this.m(); }
    }

    static class B extends A {
        String m() { return "B.m"; }
        String superM() { return super.m(); }
    }

    static class C extends B {
        String m() { return "C.m"; }
        String superSuper() { return super.superM() + "/" + super.m(); }
    }

    public static void main(String[] args) {
        Vehicle[] vs = {new Vehicle(), new Car(), new SportsCar(), new Bike(), new Tandem()};
        for (Vehicle v : vs) {
            System.out.println(v.describe() + " | " + v.honk() + " | " + v);
        }
        A[] as = {new A(), new B(), new C()};
        for (A a : as) {
            System.out.println(a.getClass().getSimpleName() + ": " + a.m() + " " + a.callM() + " " + a.callThisM());
        }
        C c = new C();
        System.out.println(c.superM() + " " + c.superSuper());
        B b = c;
        System.out.println(b.superM() + " " + b.m());
        // Object methods dispatched virtually
        Object o = new SportsCar();
        System.out.println(o.toString() + " " + o.equals(o));
        // dispatch inside a loop with many receivers
        int counts[] = new int[5];
        for (int i = 0; i < 1000; i++) {
            Vehicle v = vs[i % vs.length];
            counts[v.wheels()]++;
        }
        System.out.println(counts[0] + " " + counts[2] + " " + counts[4]);
    }
}
