public class ReferenceCasts {
    interface Flyer {}

    interface Swimmer {}

    static class Animal {
        public String toString() {
            return getClass().getSimpleName();
        }
    }

    static class Bird extends Animal implements Flyer {}

    static class Duck extends Bird implements Swimmer {}

    static class Fish extends Animal implements Swimmer {}

    static final class Rock {
        public String toString() {
            return "Rock";
        }
    }

    static String check(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o == null ? "null" : o.toString()).append(':');
        sb.append(" Object=").append(o instanceof Object);
        sb.append(" Animal=").append(o instanceof Animal);
        sb.append(" Bird=").append(o instanceof Bird);
        sb.append(" Duck=").append(o instanceof Duck);
        sb.append(" Fish=").append(o instanceof Fish);
        sb.append(" Flyer=").append(o instanceof Flyer);
        sb.append(" Swimmer=").append(o instanceof Swimmer);
        sb.append(" Rock=").append(o instanceof Rock);
        return sb.toString();
    }

    static String tryCast(Object o) {
        StringBuilder sb = new StringBuilder();
        try {
            Animal a = (Animal) o;
            sb.append("Animal ok");
            Bird b = (Bird) a;
            sb.append(", Bird ok");
            Swimmer s = (Swimmer) b;
            sb.append(", Swimmer ok");
            Duck d = (Duck) s;
            sb.append(", Duck ok ").append(d);
        } catch (ClassCastException e) {
            sb.append(" -> ClassCastException");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Object[] things = {new Animal(), new Bird(), new Duck(), new Fish(), new Rock(), "str", null};
        for (Object o : things) System.out.println(check(o));
        for (Object o : things) System.out.println(o + ": " + tryCast(o));
        // interface-to-interface cast on an object implementing both
        Flyer f = new Duck();
        Swimmer s = (Swimmer) f;
        System.out.println("Flyer -> Swimmer: " + s);
        // cast to interface of a non-final class that does not implement it compiles, fails at runtime
        Animal a = new Fish();
        try {
            Flyer bad = (Flyer) a;
            System.out.println("not reached " + bad);
        } catch (ClassCastException e) {
            System.out.println("Fish is not a Flyer");
        }
        // null passes every cast
        Object nothing = null;
        Duck nd = (Duck) nothing;
        Flyer nf = (Flyer) nothing;
        String ns = (String) nothing;
        System.out.println("null casts: " + nd + " " + nf + " " + ns);
        // Class.isInstance mirrors instanceof
        System.out.println(Animal.class.isInstance(new Duck()) + " " + Swimmer.class.isInstance(new Bird()) + " " + Object.class.isInstance(null));
        // upcast then method dispatch uses runtime class
        Animal up = new Duck();
        System.out.println("upcast toString: " + up + ", getClass: " + up.getClass().getName());
        // cast in expression
        Object o = "text";
        int len = ((String) o).length();
        System.out.println("length via cast: " + len);
        Object boxedNum = 12;
        int doubled = (Integer) boxedNum * 2;
        System.out.println("unboxing cast: " + doubled);
        Object ch = 'x';
        char c = (Character) ch;
        System.out.println("char cast: " + c);
    }
}
