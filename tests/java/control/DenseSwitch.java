public class DenseSwitch {
    static String dayName(int d) {
        switch (d) {
            case 0: return "Sunday";
            case 1: return "Monday";
            case 2: return "Tuesday";
            case 3: return "Wednesday";
            case 4: return "Thursday";
            case 5: return "Friday";
            case 6: return "Saturday";
            default: return "invalid(" + d + ")";
        }
    }

    static int daysInMonth(int month, boolean leap) {
        int days;
        switch (month) {
            case 2:
                days = leap ? 29 : 28;
                break;
            case 4:
            case 6:
            case 9:
            case 11:
                days = 30;
                break;
            case 1: case 3: case 5: case 7: case 8: case 10: case 12:
                days = 31;
                break;
            default:
                days = -1;
        }
        return days;
    }

    static String fallthrough(int n) {
        StringBuilder sb = new StringBuilder();
        switch (n) {
            case 1:
                sb.append("one ");
            case 2:
                sb.append("two ");
            case 3:
                sb.append("three ");
                break;
            case 4:
                sb.append("four ");
            default:
                sb.append("default ");
            case 5:
                sb.append("five ");
        }
        return sb.toString().trim();
    }

    static int negativeRange(int n) {
        switch (n) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            case 2: return -20;
            default: return 999;
        }
    }

    static String noDefault(int n) {
        String r = "none";
        switch (n) {
            case 10: r = "ten"; break;
            case 11: r = "eleven"; break;
            case 12: r = "twelve"; break;
            case 13: r = "thirteen"; break;
        }
        return r;
    }

    public static void main(String[] args) {
        for (int d = -1; d <= 7; d++) {
            System.out.println(d + ": " + dayName(d));
        }
        for (int m = 0; m <= 13; m++) {
            System.out.println("month " + m + ": " + daysInMonth(m, false) + " / " + daysInMonth(m, true));
        }
        for (int n = 0; n <= 6; n++) {
            System.out.println("fallthrough(" + n + ") = " + fallthrough(n));
        }
        for (int n = -5; n <= 4; n++) {
            System.out.println("negativeRange(" + n + ") = " + negativeRange(n));
        }
        for (int n = 9; n <= 14; n++) {
            System.out.println("noDefault(" + n + ") = " + noDefault(n));
        }
        System.out.println(dayName(Integer.MIN_VALUE));
        System.out.println(dayName(Integer.MAX_VALUE));
        // switch on byte, short, char-promoted
        byte b = 3;
        switch (b) {
            case 3: System.out.println("byte 3"); break;
            default: System.out.println("byte other");
        }
        short s = -1;
        switch (s) {
            case -1: System.out.println("short -1"); break;
            default: System.out.println("short other");
        }
        Integer boxed = 5;
        switch (boxed) {
            case 5: System.out.println("boxed 5"); break;
            default: System.out.println("boxed other");
        }
        // switch in a loop with continue
        int total = 0;
        for (int i = 0; i < 10; i++) {
            switch (i % 4) {
                case 0: continue;
                case 1: total += 1; break;
                case 2: total += 10; break;
                case 3: total += 100; break;
            }
            total += 1000;
        }
        System.out.println("total = " + total);
        // nested switch
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                String r;
                switch (i) {
                    case 0:
                        switch (j) {
                            case 0: r = "00"; break;
                            case 1: r = "01"; break;
                            default: r = "0x";
                        }
                        break;
                    case 1:
                        r = j == 1 ? "11" : "1x";
                        break;
                    default:
                        r = "xx";
                }
                System.out.print(r + " ");
            }
        }
        System.out.println();
    }
}
