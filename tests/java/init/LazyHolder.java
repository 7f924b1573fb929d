public class LazyHolder {
    static class Expensive {
        static int instances = 0;
        final int id;

        Expensive() {
            id = ++instances;
            System.out.println("  Expensive #" + id + " constructed");
        }
    }

    static class Service {
        static {
            System.out.println("  Service class initialized");
        }

        private static class Holder {
            static {
                System.out.println("  Holder class initialized");
            }
            static final Expensive INSTANCE = new Expensive();
        }

        static Expensive get() {
            return Holder.INSTANCE;
        }

        static String name() {
            return "service";
        }
    }

    public static void main(String[] args) {
        System.out.println("calling Service.name():");
        System.out.println("  " + Service.name());
        System.out.println("calling Service.get() twice:");
        Expensive a = Service.get();
        Expensive b = Service.get();
        System.out.println("  same instance: " + (a == b) + ", id " + a.id + ", instances " + Expensive.instances);
    }
}
