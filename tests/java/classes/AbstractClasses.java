public class AbstractClasses {
    static abstract class Animal {
        private final String name;
        private static int population = 0;

        protected Animal(String name) {
            this.name = name;
            population++;
        }

        abstract String sound();

        int legs() {
            return 4;
        }

        final String describe() {
            return name + " says " + sound() + " on " + legs() + " legs";
        }

        static int population() {
            return population;
        }
    }

    static class Dog extends Animal {
        Dog() { super("Dog"); }
        String sound() { return "Woof"; }
    }

    static class Bird extends Animal {
        Bird(String n) { super(n); }
        String sound() { return "Tweet"; }
        int legs() { return 2; }
    }

    static abstract class Insect extends Animal {
        Insect(String n) { super(n); }
        int legs() { return 6; }
    }

    static class Bee extends Insect {
        Bee() { super("Bee"); }
        String sound() { return "Buzz"; }
    }

    static class Parrot extends Bird {
        private final String phrase;
        Parrot(String phrase) {
            super("Parrot");
            this.phrase = phrase;
        }
        String sound() { return super.sound() + " and '" + phrase + "'"; }
    }

    // template method pattern
    static abstract class Report {
        final String render() {
            StringBuilder sb = new StringBuilder();
            sb.append(header()).append(" | ");
            for (int i = 0; i < rows(); i++) {
                sb.append(row(i)).append(" | ");
            }
            sb.append(footer());
            return sb.toString();
        }

        String header() { return "HEADER"; }
        String footer() { return "END"; }
        abstract int rows();
        abstract String row(int i);
    }

    static class SquaresReport extends Report {
        int rows() { return 4; }
        String row(int i) { return i + "^2=" + i * i; }
    }

    static class EmptyReport extends Report {
        int rows() { return 0; }
        String row(int i) { throw new IllegalStateException(); }
        String header() { return "EMPTY"; }
    }

    public static void main(String[] args) {
        Animal[] zoo = {new Dog(), new Bird("Robin"), new Bee(), new Parrot("hello")};
        for (Animal a : zoo) {
            System.out.println(a.describe());
        }
        System.out.println("population " + Animal.population());
        System.out.println(zoo[3] instanceof Bird);
        System.out.println(zoo[2] instanceof Insect);
        System.out.println(zoo[0] instanceof Insect);
        System.out.println(new SquaresReport().render());
        System.out.println(new EmptyReport().render());
        System.out.println(Insect.class.getName() + " super " + Insect.class.getSuperclass().getName());
        System.out.println(Bee.class.getSuperclass().getSuperclass().getSimpleName());
    }
}
