public class InterfaceCallbacks {
    interface Listener {
        void onEvent(String name, int value);
    }

    interface Filter {
        boolean accept(int v);

        default Filter and(final Filter other) {
            final Filter self = this;
            return new Filter() {
                public boolean accept(int v) {
                    return self.accept(v) && other.accept(v);
                }
            };
        }

        default Filter negate() {
            final Filter self = this;
            return new Filter() {
                public boolean accept(int v) {
                    return !self.accept(v);
                }
            };
        }
    }

    static class EventBus {
        private final Listener[] listeners = new Listener[8];
        private int count;

        void subscribe(Listener l) {
            listeners[count++] = l;
        }

        void publish(String name, int value) {
            for (int i = 0; i < count; i++) listeners[i].onEvent(name, value);
        }
    }

    static class Summer implements Listener {
        int total;

        public void onEvent(String name, int value) {
            total += value;
        }
    }

    static class Logger implements Listener {
        final StringBuilder log = new StringBuilder();

        public void onEvent(String name, int value) {
            log.append(name).append('=').append(value).append(';');
        }
    }

    static String select(int[] data, Filter f) {
        StringBuilder sb = new StringBuilder();
        for (int v : data) if (f.accept(v)) sb.append(v).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        Summer summer = new Summer();
        Logger logger = new Logger();
        final int[] maxSeen = {Integer.MIN_VALUE};
        bus.subscribe(summer);
        bus.subscribe(logger);
        bus.subscribe(new Listener() {
            public void onEvent(String name, int value) {
                if (value > maxSeen[0]) maxSeen[0] = value;
            }
        });
        bus.publish("a", 5);
        bus.publish("b", -2);
        bus.publish("c", 40);
        bus.publish("d", 7);
        System.out.println("total=" + summer.total + " max=" + maxSeen[0]);
        System.out.println(logger.log);
        int[] data = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 21};
        Filter even = new Filter() {
            public boolean accept(int v) {
                return v % 2 == 0;
            }
        };
        Filter div3 = new Filter() {
            public boolean accept(int v) {
                return v % 3 == 0;
            }
        };
        System.out.println("even: " + select(data, even));
        System.out.println("div3: " + select(data, div3));
        System.out.println("even and div3: " + select(data, even.and(div3)));
        System.out.println("odd: " + select(data, even.negate()));
        System.out.println("odd and not div3: " + select(data, even.negate().and(div3.negate())));
    }
}
