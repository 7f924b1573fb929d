// Checks enums combined with other features: an enum whose constants hold
// lambdas (a functional field set through the constructor), enums
// implementing a generic interface, a state machine driven by enum methods,
// enum constants as keys of HashMap lookups (no iteration over identity
// hashes), Enum as a bounded generic (<E extends Enum<E>>), enums nested in
// interfaces and records, enum static initialization order and the
// enum's static values used from a constant-specific body.
import java.util.*;
import java.util.function.*;

public class EnumInterplay {
    static final StringBuilder LOG = new StringBuilder();

    enum Calc {
        ADD("+", (a, b) -> a + b),
        SUB("-", (a, b) -> a - b),
        POW("^", (a, b) -> (long) Math.pow(a, b)),
        MAX("max", Math::max);

        final String sym;
        private final LongBinaryOperator op;
        Calc(String sym, LongBinaryOperator op) { this.sym = sym; this.op = op; }
        long apply(long a, long b) { return op.applyAsLong(a, b); }
    }

    interface Converter<T> { T convert(String s); }

    enum Parser implements Converter<Object> {
        INT { public Object convert(String s) { return Integer.parseInt(s); } },
        BOOL { public Object convert(String s) { return Boolean.parseBoolean(s); } },
        UPPER { public Object convert(String s) { return s.toUpperCase(); } }
    }

    enum State {
        IDLE {
            State on(char c) { return c == 's' ? RUNNING : IDLE; }
        },
        RUNNING {
            State on(char c) {
                switch (c) {
                    case 'p': return PAUSED;
                    case 'x': return STOPPED;
                    default: return RUNNING;
                }
            }
        },
        PAUSED {
            State on(char c) { return c == 's' ? RUNNING : c == 'x' ? STOPPED : PAUSED; }
        },
        STOPPED {
            State on(char c) { return STOPPED; }
            @Override boolean terminal() { return true; }
        };
        abstract State on(char c);
        boolean terminal() { return false; }
    }

    enum Traced {
        A, B, C;
        static final String AFTER;
        Traced() { LOG.append("ctor ").append(name()).append("; "); }
        static {
            AFTER = "static block saw " + values().length + " constants";
            LOG.append(AFTER).append("; ");
        }
    }

    interface Vehicle {
        enum Kind { CAR, BIKE }
        Kind kind();
    }

    record Order(String item, Priority priority) {
        enum Priority { LOW, NORMAL, URGENT }
        boolean urgent() { return priority == Priority.URGENT; }
    }

    static <E extends Enum<E>> String listAll(Class<E> type) {
        StringBuilder sb = new StringBuilder(type.getSimpleName()).append(':');
        for (E e : type.getEnumConstants()) sb.append(' ').append(e.name()).append('=').append(e.ordinal());
        return sb.toString();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name.toUpperCase());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public static void main(String[] args) {
        for (Calc c : Calc.values()) System.out.println("7 " + c.sym + " 3 = " + c.apply(7, 3));
        long acc = 2;
        for (Calc c : new Calc[] {Calc.POW, Calc.SUB, Calc.MAX, Calc.ADD}) acc = c.apply(acc, 5);
        System.out.println("chained: " + acc);

        String[] inputs = {"42", "TRUE", "mixed"};
        for (Parser p : Parser.values()) {
            StringBuilder sb = new StringBuilder(p + ":");
            for (String in : inputs) {
                try {
                    Object v = p.convert(in);
                    sb.append(' ').append(v).append('(').append(v.getClass().getSimpleName()).append(')');
                } catch (NumberFormatException e) {
                    sb.append(" NFE[").append(e.getMessage()).append(']');
                }
            }
            System.out.println(sb);
        }
        Converter<Object> conv = Parser.UPPER;
        System.out.println("via interface: " + conv.convert("shout"));

        State s = State.IDLE;
        StringBuilder path = new StringBuilder(s.name());
        for (char c : "aspspxs".toCharArray()) {
            s = s.on(c);
            path.append(" -").append(c).append("-> ").append(s);
            if (s.terminal()) break;
        }
        System.out.println("state path: " + path);

        LOG.append("before first use; ");
        System.out.println("Traced: " + Traced.B + " " + Traced.AFTER);
        System.out.println("log: " + LOG);

        Vehicle v = () -> Vehicle.Kind.BIKE;
        System.out.println("nested in interface: " + v.kind() + " " + Vehicle.Kind.class.getName());
        Order o1 = new Order("disk", Order.Priority.URGENT);
        Order o2 = new Order("cable", Order.Priority.LOW);
        System.out.println(o1 + " urgent=" + o1.urgent() + "; " + o2 + " urgent=" + o2.urgent());
        System.out.println("record equality with enum: " + o1.equals(new Order("disk", Order.Priority.valueOf("URGENT"))));

        System.out.println(listAll(State.class));
        System.out.println(listAll(Order.Priority.class));
        System.out.println("parse: " + parse(State.class, "paused", State.IDLE) + " " + parse(State.class, "bogus", State.IDLE));

        Map<State, String> labels = new HashMap<>();
        for (State st : State.values()) labels.put(st, st.name().toLowerCase());
        System.out.println("HashMap lookup: " + labels.get(State.PAUSED) + " " + labels.get(State.STOPPED) + " size=" + labels.size());
        Map<Calc, Integer> usage = new TreeMap<>(Comparator.comparing((Calc c) -> c.sym));
        for (Calc c : Calc.values()) usage.merge(c, c.ordinal() * 2, Integer::sum);
        System.out.println("TreeMap by symbol: " + usage);
    }
}
