import java.util.Arrays;

public class MultiDimArrays {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                grid[i][j] = i * 10 + j;
        System.out.println(Arrays.deepToString(grid));
        System.out.println("rows " + grid.length + " cols " + grid[0].length);
        int[][][] cube = new int[2][3][4];
        int counter = 0;
        for (int[][] plane : cube)
            for (int[] row : plane)
                for (int k = 0; k < row.length; k++)
                    row[k] = counter++;
        System.out.println(Arrays.deepToString(cube));
        System.out.println("cube[1][2][3] = " + cube[1][2][3]);
        // jagged
        int[][] jagged = new int[4][];
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) jagged[i][j] = (i == 0 || j == 0 || j == i) ? 1 : jagged[i - 1][j - 1] + jagged[i - 1][j];
        }
        System.out.println(Arrays.deepToString(jagged));
        // partially specified dimensions
        long[][][] partial = new long[2][][];
        System.out.println(partial[0] + " " + partial.length);
        partial[0] = new long[2][];
        partial[0][1] = new long[] {7L, 8L};
        System.out.println(Arrays.deepToString(partial));
        // array initializer syntax
        String[][] names = {{"a", "b"}, {"c"}, {}, {"d", "e", "f"}};
        for (String[] row : names) System.out.print(row.length + ":" + Arrays.toString(row) + " ");
        System.out.println();
        // matrix transpose
        double[][] m = {{1, 2, 3}, {4, 5, 6}};
        double[][] t = new double[3][2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                t[j][i] = m[i][j];
        System.out.println(Arrays.deepToString(t));
        // row aliasing
        int[][] alias = new int[2][];
        int[] shared = {1, 2, 3};
        alias[0] = shared;
        alias[1] = shared;
        alias[0][1] = 99;
        System.out.println(Arrays.deepToString(alias));
        // swap rows
        int[] tmp = grid[0];
        grid[0] = grid[2];
        grid[2] = tmp;
        System.out.println(Arrays.deepToString(grid));
        // 2D char board
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, '.');
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        // boolean and object 2D defaults
        boolean[][] bb = new boolean[2][2];
        Object[][] oo = new Object[2][1];
        System.out.println(Arrays.deepToString(new Object[] {bb[1], oo[1]}));
        System.out.println(bb.getClass().getName() + " " + oo.getClass().getName() + " " + cube.getClass().getName()
            + " " + cube[0].getClass().getName());
        // zero-sized dims
        int[][] z = new int[0][5];
        int[][] z2 = new int[5][0];
        System.out.println(z.length + " " + z2.length + " " + z2[4].length);
        // sum of a 5-dimensional array
        int[][][][][] five = new int[2][2][2][2][2];
        five[1][1][1][1][1] = 5;
        five[0][1][0][1][0] = 3;
        int total = 0;
        for (int[][][][] a : five) for (int[][][] b : a) for (int[][] c : b) for (int[] d : c) for (int e : d) total += e;
        System.out.println("five-dim sum " + total);
    }
}
