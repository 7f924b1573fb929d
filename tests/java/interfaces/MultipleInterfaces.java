public class MultipleInterfaces {
    interface Named {
        String name();
    }

    interface Aged {
        int age();
    }

    interface Describable extends Named, Aged {
        default String describe() {
            return name() + " (" + age() + ")";
        }
    }

    interface Flyer {
        default String move() {
            return "flies";
        }
    }

    interface Swimmer {
        String swim();
    }

    static class Person implements Describable {
        private final String n;
        private final int a;

        Person(String n, int a) {
            this.n = n;
            this.a = a;
        }

        public String name() {
            return n;
        }

        public int age() {
            return a;
        }
    }

    static class Duck implements Named, Flyer, Swimmer {
        public String name() {
            return "duck";
        }

        public String swim() {
            return "paddles";
        }
    }

    static class Penguin implements Named, Swimmer {
        public String name() {
            return "penguin";
        }

        public String swim() {
            return "dives";
        }
    }

    static void inspect(Object o) {
        StringBuilder sb = new StringBuilder(o.getClass().getSimpleName()).append(':');
        if (o instanceof Named) sb.append(" Named(").append(((Named) o).name()).append(')');
        if (o instanceof Aged) sb.append(" Aged(").append(((Aged) o).age()).append(')');
        if (o instanceof Describable) sb.append(" Describable[").append(((Describable) o).describe()).append(']');
        if (o instanceof Flyer) sb.append(" Flyer(").append(((Flyer) o).move()).append(')');
        if (o instanceof Swimmer) sb.append(" Swimmer(").append(((Swimmer) o).swim()).append(')');
        if (o instanceof Comparable) sb.append(" Comparable");
        if (o instanceof CharSequence) sb.append(" CharSequence(").append(((CharSequence) o).length()).append(')');
        if (o instanceof Runnable) sb.append(" Runnable");
        System.out.println(sb);
    }

    public static void main(String[] args) {
        inspect(new Person("Ada", 36));
        inspect(new Duck());
        inspect(new Penguin());
        inspect("a string");
        inspect(Integer.valueOf(5));
        inspect(new Runnable() {
            public void run() {
            }
        });
        Named[] named = {new Person("Bob", 50), new Duck(), new Penguin()};
        for (Named n : named) System.out.print(n.name() + " ");
        System.out.println();
        Swimmer[] swimmers = {new Duck(), new Penguin()};
        for (Swimmer s : swimmers) System.out.print(s.swim() + " ");
        System.out.println();
        Describable d = new Person("Cy", 7);
        Named asNamed = d;
        Aged asAged = d;
        System.out.println(asNamed.name() + " " + asAged.age() + " " + d.describe());
        System.out.println(Named.class.isInstance(d) + " " + Flyer.class.isInstance(d) + " " + Describable.class.isInstance(new Duck()));
    }
}
