public class IincLarge {
    public static void main(String[] args) {
        int a = 0;
        a += 1;
        System.out.println("a += 1 -> " + a);
        a += 127;
        System.out.println("a += 127 -> " + a);
        a += 128;
        System.out.println("a += 128 -> " + a);
        a -= 128;
        System.out.println("a -= 128 -> " + a);
        a -= 129;
        System.out.println("a -= 129 -> " + a);
        a += 32767;
        System.out.println("a += 32767 -> " + a);
        a += 32768;
        System.out.println("a += 32768 -> " + a);
        a -= 32768;
        System.out.println("a -= 32768 -> " + a);
        a -= 32769;
        System.out.println("a -= 32769 -> " + a);
        a += 1000000;
        System.out.println("a += 1000000 -> " + a);
        a = Integer.MAX_VALUE;
        a += 10000;
        System.out.println("MAX += 10000 -> " + a);
        a = Integer.MIN_VALUE;
        a -= 30000;
        System.out.println("MIN -= 30000 -> " + a);
        // many locals so that wide iinc is required
        int l0 = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7, l8 = 8, l9 = 9;
        long m0 = 10, m1 = 11, m2 = 12, m3 = 13, m4 = 14, m5 = 15, m6 = 16, m7 = 17, m8 = 18, m9 = 19;
        double d0 = 0, d1 = 1, d2 = 2, d3 = 3, d4 = 4, d5 = 5, d6 = 6, d7 = 7, d8 = 8, d9 = 9;
        long n0 = 0, n1 = 1, n2 = 2, n3 = 3, n4 = 4, n5 = 5, n6 = 6, n7 = 7, n8 = 8, n9 = 9;
        double e0 = 0, e1 = 1, e2 = 2, e3 = 3, e4 = 4, e5 = 5, e6 = 6, e7 = 7, e8 = 8, e9 = 9;
        long o0 = 0, o1 = 1, o2 = 2, o3 = 3, o4 = 4, o5 = 5, o6 = 6, o7 = 7, o8 = 8, o9 = 9;
        double p0 = 0, p1 = 1, p2 = 2, p3 = 3, p4 = 4, p5 = 5, p6 = 6, p7 = 7, p8 = 8, p9 = 9;
        long q0 = 0, q1 = 1, q2 = 2, q3 = 3, q4 = 4, q5 = 5, q6 = 6, q7 = 7, q8 = 8, q9 = 9;
        double r0 = 0, r1 = 1, r2 = 2, r3 = 3, r4 = 4, r5 = 5, r6 = 6, r7 = 7, r8 = 8, r9 = 9;
        long s0 = 0, s1 = 1, s2 = 2, s3 = 3, s4 = 4, s5 = 5, s6 = 6, s7 = 7, s8 = 8, s9 = 9;
        double t0 = 0, t1 = 1, t2 = 2, t3 = 3, t4 = 4, t5 = 5, t6 = 6, t7 = 7, t8 = 8, t9 = 9;
        long u0 = 0, u1 = 1, u2 = 2, u3 = 3, u4 = 4, u5 = 5, u6 = 6, u7 = 7, u8 = 8, u9 = 9;
        double v0 = 0, v1 = 1, v2 = 2, v3 = 3, v4 = 4, v5 = 5, v6 = 6, v7 = 7, v8 = 8, v9 = 9;
        long w0 = 0, w1 = 1, w2 = 2, w3 = 3, w4 = 4, w5 = 5, w6 = 6, w7 = 7, w8 = 8, w9 = 9;
        long A0 = 0, A1 = 1, A2 = 2, A3 = 3, A4 = 4, A5 = 5, A6 = 6, A7 = 7, A8 = 8, A9 = 9;
        long B0 = 0, B1 = 1, B2 = 2, B3 = 3, B4 = 4, B5 = 5, B6 = 6, B7 = 7, B8 = 8, B9 = 9;
        long C0 = 0, C1 = 1, C2 = 2, C3 = 3, C4 = 4, C5 = 5, C6 = 6, C7 = 7, C8 = 8, C9 = 9;
        long D0 = 0, D1 = 1, D2 = 2, D3 = 3, D4 = 4, D5 = 5, D6 = 6, D7 = 7, D8 = 8, D9 = 9;
        long E0 = 0, E1 = 1, E2 = 2, E3 = 3, E4 = 4, E5 = 5, E6 = 6, E7 = 7, E8 = 8, E9 = 9;
        long F0 = 0, F1 = 1, F2 = 2, F3 = 3, F4 = 4, F5 = 5, F6 = 6, F7 = 7, F8 = 8, F9 = 9;
        int high = 100;
        high++;
        high += 5;
        high += 300;
        high -= 70000;
        System.out.println("high local = " + high);
        for (int i = 0; i < 10; i++) {
            high += 1000;
        }
        System.out.println("high local after loop = " + high);
        int sumL = l0 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9;
        long sumM = m0 + m1 + m2 + m3 + m4 + m5 + m6 + m7 + m8 + m9
            + n0 + n1 + n2 + n3 + n4 + n5 + n6 + n7 + n8 + n9
            + o0 + o1 + o2 + o3 + o4 + o5 + o6 + o7 + o8 + o9
            + q0 + q1 + q2 + q3 + q4 + q5 + q6 + q7 + q8 + q9
            + s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9
            + u0 + u1 + u2 + u3 + u4 + u5 + u6 + u7 + u8 + u9
            + w0 + w1 + w2 + w3 + w4 + w5 + w6 + w7 + w8 + w9
            + A0 + A1 + A2 + A3 + A4 + A5 + A6 + A7 + A8 + A9
            + B0 + B1 + B2 + B3 + B4 + B5 + B6 + B7 + B8 + B9
            + C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9
            + D0 + D1 + D2 + D3 + D4 + D5 + D6 + D7 + D8 + D9
            + E0 + E1 + E2 + E3 + E4 + E5 + E6 + E7 + E8 + E9
            + F0 + F1 + F2 + F3 + F4 + F5 + F6 + F7 + F8 + F9;
        double sumD = d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 + d9
            + e0 + e1 + e2 + e3 + e4 + e5 + e6 + e7 + e8 + e9
            + p0 + p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9
            + r0 + r1 + r2 + r3 + r4 + r5 + r6 + r7 + r8 + r9
            + t0 + t1 + t2 + t3 + t4 + t5 + t6 + t7 + t8 + t9
            + v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9;
        System.out.println("sums = " + sumL + " " + sumM + " " + sumD);
        int k = 5;
        k = k++ + ++k;
        System.out.println("k = k++ + ++k -> " + k);
        int j = 10;
        j = j++;
        System.out.println("j = j++ -> " + j);
        int m = 3;
        int n = m-- - --m;
        System.out.println("m-- - --m = " + n + ", m = " + m);
        int count = 0;
        for (int i = -1000; i < 1000; i += 250) {
            count++;
        }
        System.out.println("count = " + count);
        int down = 0;
        for (int i = 100000; i > 0; i -= 33333) {
            down++;
            System.out.println("i = " + i);
        }
        System.out.println("down = " + down);
    }
}
