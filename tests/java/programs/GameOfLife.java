public class GameOfLife {
    static boolean[][] step(boolean[][] g) {
        int rows = g.length, cols = g[0].length;
        boolean[][] next = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if (dr == 0 && dc == 0) continue;
                        int rr = (r + dr + rows) % rows, cc = (c + dc + cols) % cols;
                        if (g[rr][cc]) n++;
                    }
                }
                next[r][c] = g[r][c] ? (n == 2 || n == 3) : n == 3;
            }
        }
        return next;
    }

    static void print(boolean[][] g, int gen) {
        int alive = 0;
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : g) {
            for (boolean cell : row) {
                sb.append(cell ? '#' : '.');
                if (cell) alive++;
            }
            sb.append('\n');
        }
        System.out.println("generation " + gen + " (" + alive + " alive)");
        System.out.print(sb);
    }

    static boolean[][] parse(String[] rows) {
        boolean[][] g = new boolean[rows.length][rows[0].length()];
        for (int r = 0; r < rows.length; r++)
            for (int c = 0; c < rows[r].length(); c++) g[r][c] = rows[r].charAt(c) == '#';
        return g;
    }

    public static void main(String[] args) {
        String[] start = {
            "..........",
            "..#.......",
            "...#......",
            ".###......",
            "..........",
            "......###.",
            "..........",
            "..........",
        };
        boolean[][] g = parse(start);
        for (int gen = 0; gen <= 8; gen++) {
            if (gen % 2 == 0) print(g, gen);
            g = step(g);
        }
        // run a random soup for many generations and report population
        java.util.Random rnd = new java.util.Random(7);
        boolean[][] soup = new boolean[24][24];
        for (boolean[] row : soup) for (int c = 0; c < row.length; c++) row[c] = rnd.nextInt(3) == 0;
        StringBuilder pops = new StringBuilder();
        for (int gen = 0; gen < 60; gen++) {
            int alive = 0;
            for (boolean[] row : soup) for (boolean cell : row) if (cell) alive++;
            if (gen % 5 == 0) pops.append(alive).append(' ');
            soup = step(soup);
        }
        System.out.println("soup populations: " + pops.toString().trim());
        print(soup, 60);
    }
}
