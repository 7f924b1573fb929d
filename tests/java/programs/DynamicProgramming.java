public class DynamicProgramming {
    static int knapsack(int[] w, int[] v, int cap, boolean[] chosen) {
        int n = w.length;
        int[][] dp = new int[n + 1][cap + 1];
        for (int i = 1; i <= n; i++) {
            for (int c = 0; c <= cap; c++) {
                dp[i][c] = dp[i - 1][c];
                if (w[i - 1] <= c && dp[i - 1][c - w[i - 1]] + v[i - 1] > dp[i][c]) dp[i][c] = dp[i - 1][c - w[i - 1]] + v[i - 1];
            }
        }
        for (int i = n, c = cap; i > 0; i--) {
            if (dp[i][c] != dp[i - 1][c]) {
                chosen[i - 1] = true;
                c -= w[i - 1];
            }
        }
        return dp[n][cap];
    }

    static String lcs(String a, String b) {
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--)
            for (int j = b.length() - 1; j >= 0; j--)
                dp[i][j] = a.charAt(i) == b.charAt(j) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
        StringBuilder sb = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                sb.append(a.charAt(i));
                i++;
                j++;
            } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
            else j++;
        }
        return sb.toString();
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static long countChange(int amount, int[] coins) {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int c : coins)
            for (int a = c; a <= amount; a++) ways[a] += ways[a - c];
        return ways[amount];
    }

    static int longestIncreasing(int[] a) {
        int[] tails = new int[a.length];
        int len = 0;
        for (int x : a) {
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = x;
            if (lo == len) len++;
        }
        return len;
    }

    public static void main(String[] args) {
        int[] w = {12, 7, 11, 8, 9, 6, 5, 14, 3, 10};
        int[] v = {24, 13, 23, 15, 16, 11, 8, 30, 5, 19};
        boolean[] chosen = new boolean[w.length];
        int best = knapsack(w, v, 40, chosen);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chosen.length; i++) if (chosen[i]) sb.append(i).append(' ');
        System.out.println("knapsack best " + best + " items " + sb.toString().trim());
        String[][] pairs = {{"ABCBDAB", "BDCABA"}, {"kitten", "sitting"}, {"dynamic", "programming"}, {"", "abc"}, {"same", "same"}};
        for (String[] p : pairs) {
            System.out.println("lcs(" + p[0] + ", " + p[1] + ") = \"" + lcs(p[0], p[1]) + "\", edit distance " + editDistance(p[0], p[1]));
        }
        System.out.println("ways to change 100 with US coins: " + countChange(100, new int[] {1, 5, 10, 25, 50}));
        System.out.println("ways to change 1000: " + countChange(1000, new int[] {1, 2, 5, 10, 20, 50, 100, 200}));
        java.util.Random rnd = new java.util.Random(5);
        int[] seq = new int[500];
        for (int i = 0; i < seq.length; i++) seq[i] = rnd.nextInt(1000);
        System.out.println("LIS of 500 random values: " + longestIncreasing(seq));
        System.out.println("LIS of 1..10 reversed: " + longestIncreasing(new int[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        // Catalan numbers by DP
        long[] cat = new long[20];
        cat[0] = 1;
        for (int n = 1; n < cat.length; n++)
            for (int k = 0; k < n; k++) cat[n] += cat[k] * cat[n - 1 - k];
        System.out.println("catalan: " + java.util.Arrays.toString(cat));
    }
}
