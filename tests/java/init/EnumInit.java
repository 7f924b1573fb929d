public class EnumInit {
    static StringBuilder log = new StringBuilder();

    enum Level {
        LOW(1), MEDIUM(5), HIGH(10);

        static final String DESCRIPTION;
        static int totalWeight;

        static {
            DESCRIPTION = "levels initialized";
            for (Level l : values()) totalWeight += l.weight;
            log.append("[Level static block] ");
        }

        final int weight;

        Level(int w) {
            weight = w;
            log.append("[Level(").append(w).append(")] ");
        }

        Level next() {
            Level[] all = values();
            return all[(ordinal() + 1) % all.length];
        }
    }

    enum Op {
        ADD("+") {
            int apply(int a, int b) { return a + b; }
        },
        SUB("-") {
            int apply(int a, int b) { return a - b; }
        },
        MUL("*") {
            int apply(int a, int b) { return a * b; }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    enum Empty {}

    public static void main(String[] args) {
        System.out.println("before touching Level: '" + log + "'");
        Level l = Level.MEDIUM;
        System.out.println("after: " + log.toString().trim());
        System.out.println(Level.DESCRIPTION + " total=" + Level.totalWeight);
        for (Level x : Level.values()) {
            System.out.println(x + " ordinal=" + x.ordinal() + " weight=" + x.weight + " next=" + x.next()
                + " compareTo(MEDIUM)=" + x.compareTo(l));
        }
        System.out.println(Level.valueOf("HIGH").weight);
        try {
            Level.valueOf("EXTREME");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf error: " + e.getMessage());
        }
        for (Op op : Op.values()) {
            System.out.println("7 " + op.symbol + " 3 = " + op.apply(7, 3) + " (" + op.name() + ", class "
                + op.getClass().getName() + ")");
        }
        System.out.println("Empty has " + Empty.values().length + " constants");
        System.out.println(Level.values() != Level.values());
        System.out.println(Level.LOW == Level.valueOf("LOW"));
        System.out.println(Level.HIGH.equals(Level.HIGH) + " " + Level.HIGH.name().hashCode());
    }
}
