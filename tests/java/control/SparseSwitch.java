public class SparseSwitch {
    static String httpStatus(int code) {
        switch (code) {
            case 200: return "OK";
            case 201: return "Created";
            case 301: return "Moved Permanently";
            case 404: return "Not Found";
            case 500: return "Internal Server Error";
            case 503: return "Service Unavailable";
            case 100000: return "huge";
            case -1000000: return "negative huge";
            case Integer.MAX_VALUE: return "max";
            case Integer.MIN_VALUE: return "min";
            default: return "Unknown";
        }
    }

    static int weight(int n) {
        int w = 0;
        switch (n) {
            case -500:
                w += 1;
            case 7:
                w += 2;
                break;
            case 1000:
                w += 4;
            case 1000000:
                w += 8;
            default:
                w += 16;
        }
        return w;
    }

    static int powerOfTwoLog(int n) {
        switch (n) {
            case 1: return 0;
            case 2: return 1;
            case 4: return 2;
            case 8: return 3;
            case 16: return 4;
            case 1024: return 10;
            case 65536: return 16;
            case 1 << 30: return 30;
            case 1 << 31: return 31;
            default: return -1;
        }
    }

    public static void main(String[] args) {
        int[] codes = {200, 201, 202, 301, 404, 500, 503, 0, -1, 100000, -1000000, Integer.MAX_VALUE, Integer.MIN_VALUE, 99999};
        for (int c : codes) {
            System.out.println(c + " " + httpStatus(c));
        }
        int[] ws = {-500, 7, 1000, 1000000, 0, 8, -499};
        for (int n : ws) {
            System.out.println("weight(" + n + ") = " + weight(n));
        }
        for (int i = 0; i <= 32; i++) {
            int v = i == 32 ? 3 : 1 << i;
            int r = powerOfTwoLog(v);
            if (r >= 0 || i == 32) System.out.println("log2(" + v + ") = " + r);
        }
        // switch on a long via cast buckets
        long[] ls = {5L, 5000000000L, -7L};
        for (long l : ls) {
            switch ((int) (l % 3)) {
                case -1: System.out.println(l + " mod 3 = -1"); break;
                case 0: System.out.println(l + " mod 3 = 0"); break;
                case 1: System.out.println(l + " mod 3 = 1"); break;
                case 2: System.out.println(l + " mod 3 = 2"); break;
                default: System.out.println("other");
            }
        }
        // count by sparse keys
        int[] data = {3, 300, 30000, 3, 7, 300, 3000000, 3, -3};
        int a = 0, b = 0, c = 0, other = 0;
        for (int d : data) {
            switch (d) {
                case 3: a++; break;
                case 300: b++; break;
                case 3000000: c++; break;
                default: other++;
            }
        }
        System.out.println(a + " " + b + " " + c + " " + other);
    }
}
