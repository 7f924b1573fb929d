public class EnumSwitch {
    enum Color { RED, GREEN, BLUE, YELLOW, BLACK }

    enum Planet {
        MERCURY(3), VENUS(6), EARTH(6), MARS(3);
        final int sizeClass;
        Planet(int s) { sizeClass = s; }
    }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm red";
            case GREEN: return "natural green";
            case BLUE: return "cool blue";
            default: return "other " + c.name().toLowerCase();
        }
    }

    static int mix(Color c) {
        int v = 0;
        switch (c) {
            case YELLOW:
                v += 100;
            case RED:
                v += 10;
                break;
            case BLACK:
                v -= 1;
            case BLUE:
            case GREEN:
                v += 1;
        }
        return v;
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " (" + c.ordinal() + "): " + describe(c) + ", mix=" + mix(c));
        }
        for (Planet p : Planet.values()) {
            String s;
            switch (p) {
                case EARTH: s = "home"; break;
                case MARS: s = "red planet"; break;
                default: s = "inner";
            }
            System.out.println(p + " " + p.sizeClass + " " + s);
        }
        Color c = Color.valueOf("BLUE");
        switch (c) {
            case BLUE:
                System.out.println("valueOf gave BLUE");
                break;
            default:
                System.out.println("unexpected");
        }
        Color nothing = null;
        try {
            switch (nothing) {
                case RED: System.out.println("red"); break;
                default: System.out.println("default");
            }
        } catch (NullPointerException e) {
            System.out.println("null enum switch threw " + e.getClass().getSimpleName());
        }
        // counting in a loop
        Color[] seq = {Color.RED, Color.RED, Color.BLUE, Color.BLACK, Color.GREEN, Color.RED};
        int warm = 0, cool = 0, dark = 0;
        for (Color x : seq) {
            switch (x) {
                case RED: case YELLOW: warm++; break;
                case BLUE: case GREEN: cool++; break;
                case BLACK: dark++; break;
            }
        }
        System.out.println("warm=" + warm + " cool=" + cool + " dark=" + dark);
    }
}
