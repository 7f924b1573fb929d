public class TowersOfHanoi {
    static int moves;
    static StringBuilder trace = new StringBuilder();
    static int[][] pegs = new int[3][];
    static int[] heights = new int[3];

    static void move(int n, int from, int to, int via, boolean record) {
        if (n == 0) return;
        move(n - 1, from, via, to, record);
        int disk = pegs[from][--heights[from]];
        if (heights[to] > 0 && pegs[to][heights[to] - 1] < disk) throw new IllegalStateException("illegal move");
        pegs[to][heights[to]++] = disk;
        moves++;
        if (record) trace.append("disk ").append(disk).append(": ").append((char) ('A' + from)).append(" -> ").append((char) ('A' + to)).append('\n');
        move(n - 1, via, to, from, record);
    }

    static void solve(int n, boolean record) {
        for (int i = 0; i < 3; i++) {
            pegs[i] = new int[n];
            heights[i] = 0;
        }
        for (int d = n; d >= 1; d--) pegs[0][heights[0]++] = d;
        moves = 0;
        trace.setLength(0);
        move(n, 0, 2, 1, record);
    }

    static String iterative(int n) {
        // iterative solution using the binary representation of the move number
        StringBuilder sb = new StringBuilder();
        for (int m = 1; m < (1 << n); m++) {
            int from = (m & (m - 1)) % 3;
            int to = ((m | (m - 1)) + 1) % 3;
            sb.append((char) ('A' + from)).append((char) ('A' + to)).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        solve(3, true);
        System.out.print(trace);
        System.out.println("3 disks: " + moves + " moves, final heights " + heights[0] + "," + heights[1] + "," + heights[2]);
        for (int n = 1; n <= 16; n++) {
            solve(n, false);
            System.out.println(n + " disks: " + moves + " moves (2^n-1 = " + ((1 << n) - 1) + ")");
        }
        System.out.println("iterative 4 disks: " + iterative(4));
    }
}
