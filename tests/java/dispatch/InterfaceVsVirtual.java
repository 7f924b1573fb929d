public class InterfaceVsVirtual {
    interface Speaker {
        String speak();
    }

    interface Loud extends Speaker {
        default String shout() {
            return speak().toUpperCase() + "!";
        }
    }

    static class Base implements Speaker {
        public String speak() {
            return "base";
        }
    }

    static class Mid extends Base implements Loud {
        public String speak() {
            return "mid";
        }
    }

    static class Leaf extends Mid {
        public String shout() {
            return "leaf shouts " + super.shout();
        }
    }

    static class Other implements Loud {
        public String speak() {
            return "other";
        }
    }

    static String viaInterface(Speaker s) {
        return s.speak();
    }

    static String viaClass(Base b) {
        return b.speak();
    }

    static String viaLoud(Loud l) {
        return l.shout();
    }

    public static void main(String[] args) {
        Speaker[] speakers = {new Base(), new Mid(), new Leaf(), new Other()};
        for (Speaker s : speakers) {
            String line = s.getClass().getSimpleName() + ": " + viaInterface(s);
            if (s instanceof Base) line += " class:" + viaClass((Base) s);
            if (s instanceof Loud) line += " loud:" + viaLoud((Loud) s);
            System.out.println(line);
        }
        // alternating receivers at the same call sites
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(viaInterface(speakers[i % 4]).charAt(0));
        }
        System.out.println(sb);
        Object o = new Leaf();
        System.out.println(((Loud) o).shout() + " | " + ((Speaker) o).speak() + " | " + ((Base) o).speak());
    }
}
