public class Nestmates {
    private int secret = 1;
    private static int staticSecret = 100;

    private int bump() {
        return ++secret;
    }

    private static String hidden(String s) {
        return "<" + s + ">";
    }

    static class Peer {
        private String peerSecret = "peer";

        private Peer() {}

        private String reveal(Nestmates n) {
            n.secret += 10;
            return "peer sees " + n.secret + " and " + staticSecret + " " + hidden(peerSecret) + " bump=" + n.bump();
        }
    }

    class Friend {
        private int friendValue = 5;

        private void poke() {
            secret *= 2;
            staticSecret++;
        }
    }

    static class Sibling {
        String inspect(Peer p, Friend f) {
            return p.peerSecret + "/" + f.friendValue;
        }

        String construct() {
            Peer p = new Peer();
            p.peerSecret = "changed by sibling";
            return p.peerSecret;
        }
    }

    static class Base {
        private String whoAmI() {
            return "Base.whoAmI";
        }

        String callWho() {
            return whoAmI();
        }
    }

    static class Sub extends Base {
        // not an override: Base.whoAmI is private
        private String whoAmI() {
            return "Sub.whoAmI";
        }

        String callSubWho() {
            return whoAmI();
        }
    }

    public static void main(String[] args) {
        Nestmates n = new Nestmates();
        Peer p = new Peer();
        System.out.println(p.reveal(n));
        Friend f = n.new Friend();
        f.poke();
        f.poke();
        System.out.println("secret=" + n.secret + " staticSecret=" + staticSecret + " friendValue=" + f.friendValue);
        Sibling s = new Sibling();
        System.out.println(s.inspect(p, f));
        System.out.println(s.construct());
        Sub sub = new Sub();
        System.out.println(sub.callWho() + " " + sub.callSubWho());
        Base asBase = sub;
        System.out.println(asBase.whoAmI() + " " + ((Base) sub).callWho());
        System.out.println(hidden("main"));
    }
}
