public class MatrixMultiply {
    static long[][] multiply(long[][] a, long[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                long s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }

    static long[][] power(long[][] m, int p) {
        int n = m.length;
        long[][] result = new long[n][n];
        for (int i = 0; i < n; i++) result[i][i] = 1;
        while (p > 0) {
            if ((p & 1) == 1) result = multiply(result, m);
            m = multiply(m, m);
            p >>= 1;
        }
        return result;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < b[0].length; j++)
                for (int x = 0; x < b.length; x++) c[i][j] += a[i][x] * b[x][j];
        return c;
    }

    static double determinant(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            if (a[pivot][col] == 0) return 0;
            if (pivot != col) {
                double[] t = a[pivot];
                a[pivot] = a[col];
                a[col] = t;
                det = -det;
            }
            det *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) a[r][c] -= f * a[col][c];
            }
        }
        return det;
    }

    static void print(long[][] m) {
        for (long[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (long v : row) sb.append(String.format("%12d", v));
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        long[][] a = {{1, 2, 3}, {4, 5, 6}};
        long[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print(multiply(a, b));
        print(multiply(b, a));
        long[][] fib = {{1, 1}, {1, 0}};
        for (int p : new int[] {1, 2, 10, 50, 90}) {
            System.out.println("fib(" + p + ") = " + power(fib, p)[0][1]);
        }
        long[][] big = new long[12][12];
        for (int i = 0; i < 12; i++)
            for (int j = 0; j < 12; j++) big[i][j] = (i * 31 + j * 17) % 10 - 4;
        long[][] sq = multiply(big, big);
        long trace = 0, sum = 0;
        for (int i = 0; i < 12; i++) {
            trace += sq[i][i];
            for (int j = 0; j < 12; j++) sum += sq[i][j];
        }
        System.out.println("12x12 squared: trace " + trace + " sum " + sum);
        print(power(new long[][] {{2, 0}, {1, 3}}, 20));
        double[][] rot = {{0, -1}, {1, 0}};
        double[][] v = {{3}, {4}};
        double[][] r = multiply(rot, v);
        System.out.println("rotated: " + r[0][0] + ", " + r[1][0]);
        double[][] m = {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}};
        System.out.println("det = " + determinant(m));
        double[][] h = new double[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) h[i][j] = 1.0 / (i + j + 1);
        System.out.println(String.format("hilbert det = %.6e", determinant(h)));
        double[][] id = multiply(new double[][] {{1, 2}, {3, 4}}, new double[][] {{-2, 1}, {1.5, -0.5}});
        System.out.println("inverse check: " + id[0][0] + " " + id[0][1] + " " + id[1][0] + " " + id[1][1]);
    }
}
