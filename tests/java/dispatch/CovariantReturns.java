public class CovariantReturns {
    static class Animal {
        Animal reproduce() {
            return new Animal();
        }

        String kind() {
            return "animal";
        }

        Object food() {
            return "generic food";
        }

        Number legs() {
            return 0;
        }
    }

    static class Cat extends Animal {
        @Override
        Cat reproduce() {
            return new Cat();
        }

        @Override
        String kind() {
            return "cat";
        }

        @Override
        String food() {
            return "fish";
        }

        @Override
        Integer legs() {
            return 4;
        }

        String meow() {
            return "meow";
        }
    }

    static class Kitten extends Cat {
        @Override
        Kitten reproduce() {
            return new Kitten();
        }

        @Override
        String kind() {
            return "kitten";
        }
    }

    interface Source {
        Object get();
    }

    static class StringSource implements Source {
        public String get() {
            return "from string source";
        }
    }

    public static void main(String[] args) {
        Animal a = new Cat();
        Animal child = a.reproduce();
        System.out.println(child.kind() + " " + child.getClass().getSimpleName());
        Cat c = new Cat();
        Cat kitten = c.reproduce();
        System.out.println(kitten.meow() + " " + kitten.food().length());
        Animal k = new Kitten();
        System.out.println(k.reproduce().kind() + " " + k.food() + " " + k.legs());
        Integer legs = new Kitten().legs();
        System.out.println(legs + 1);
        Source s = new StringSource();
        System.out.println(s.get());
        StringSource ss = new StringSource();
        System.out.println(ss.get().toUpperCase());
        Animal[] zoo = {new Animal(), new Cat(), new Kitten()};
        for (Animal z : zoo) {
            Animal r = z.reproduce();
            System.out.println(z.kind() + " -> " + r.kind() + ", eats " + z.food() + ", legs " + z.legs());
        }
    }
}
