// Checks switch over enums in every form javac supports in Java 17: classic
// switch with fall-through and default, arrow-form statements, switch
// expressions (exhaustive without default, with yield blocks), switches in
// other top-level-like classes and interfaces (javac's synthetic
// $SwitchMap$ arrays), switches on constants that have class bodies,
// switches inside lambdas, nested enum switches, and a null selector.
import java.util.*;
import java.util.function.*;

public class EnumSwitching {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Suit {
        CLUBS { String color() { return "black"; } },
        DIAMONDS { String color() { return "red"; } },
        HEARTS { String color() { return "red"; } },
        SPADES { String color() { return "black"; } };
        abstract String color();
    }

    static String classic(Day d) {
        StringBuilder sb = new StringBuilder();
        switch (d) {
            case MON:
                sb.append("start-");
            case TUE:
            case WED:
                sb.append("early");
                break;
            case THU:
                sb.append("thu");
                // fall through
            case FRI:
                sb.append("-late");
                break;
            default:
                sb.append("weekend");
        }
        return sb.toString();
    }

    static int arrowStatement(Day d) {
        int hours = -1;
        switch (d) {
            case SAT, SUN -> hours = 0;
            case FRI -> {
                int base = 8;
                hours = base - 2;
            }
            default -> hours = 8;
        }
        return hours;
    }

    static String expression(Day d) {
        return switch (d) {
            case MON, TUE, WED, THU, FRI -> "weekday";
            case SAT -> "saturday";
            case SUN -> {
                String s = "sun";
                yield s + "day";
            }
        };
    }

    static int oldStyleExpression(Day d) {
        return switch (d) {
            case MON:
                yield 1;
            case TUE:
            case WED:
                yield 23;
            default:
                int n = d.ordinal();
                yield n * 100;
        };
    }

    static String suitSwitch(Suit s) {
        switch (s) {
            case HEARTS: return "love";
            case SPADES: return "dig";
            default: return "other " + s.color();
        }
    }

    // a separate class with its own switch over another class's enum
    static class Scheduler {
        String plan(Day d, Suit s) {
            String day = switch (d) {
                case SAT, SUN -> "rest";
                default -> "work";
            };
            switch (s) {
                case CLUBS: return day + "+golf";
                case DIAMONDS: return day + "+shop";
                default: return day + "+" + s.name().toLowerCase();
            }
        }
    }

    interface Rater {
        static int rate(Day d) {
            switch (d) {
                case SUN: return 10;
                case SAT: return 9;
                case FRI: return 7;
                default: return 3;
            }
        }
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) {
            System.out.println(d + ": classic=" + classic(d) + " arrow=" + arrowStatement(d) + " expr=" + expression(d)
                    + " oldExpr=" + oldStyleExpression(d) + " rate=" + Rater.rate(d));
        }
        for (Suit s : Suit.values()) {
            System.out.println(s + ": " + suitSwitch(s) + " class=" + s.getClass().getName());
        }
        Scheduler sch = new Scheduler();
        System.out.println("plan: " + sch.plan(Day.MON, Suit.CLUBS) + " " + sch.plan(Day.SUN, Suit.DIAMONDS) + " " + sch.plan(Day.WED, Suit.SPADES));

        // nested switches
        int score = 0;
        for (Day d : Day.values()) {
            for (Suit s : Suit.values()) {
                switch (d) {
                    case MON:
                        switch (s) {
                            case HEARTS: score += 1; break;
                            default: score += 10;
                        }
                        break;
                    case SUN:
                        score += switch (s) { case SPADES -> 1000; default -> 100; };
                        break;
                    default:
                        break;
                }
            }
        }
        System.out.println("nested score: " + score);

        // switch inside a lambda
        Function<Day, String> initial = d -> switch (d) {
            case SAT, SUN -> d.name().substring(0, 2);
            default -> d.name().substring(0, 1);
        };
        StringBuilder sb = new StringBuilder();
        for (Day d : Day.values()) sb.append(initial.apply(d)).append(' ');
        System.out.println("initials: " + sb.toString().trim());
        ToIntFunction<Suit> points = s -> {
            switch (s) {
                case SPADES: return 4;
                case HEARTS: return 3;
                case DIAMONDS: return 2;
                default: return 1;
            }
        };
        int total = 0;
        for (Suit s : Suit.values()) total += points.applyAsInt(s);
        System.out.println("points total: " + total);

        // switch in a loop with continue/break
        List<Day> picked = new ArrayList<>();
        loop:
        for (Day d : Day.values()) {
            switch (d) {
                case TUE:
                case THU:
                    continue loop;
                case SAT:
                    break loop;
                default:
                    picked.add(d);
            }
        }
        System.out.println("picked: " + picked);

        // null selector
        Day none = null;
        try {
            classic(none);
            System.out.println("no exception?");
        } catch (NullPointerException e) {
            System.out.println("classic null: NullPointerException");
        }
        try {
            expression(none);
            System.out.println("no exception?");
        } catch (NullPointerException e) {
            System.out.println("expression null: NullPointerException");
        }
        try {
            sch.plan(Day.MON, null);
            System.out.println("no exception?");
        } catch (NullPointerException e) {
            System.out.println("other-class null: NullPointerException");
        }
    }
}
