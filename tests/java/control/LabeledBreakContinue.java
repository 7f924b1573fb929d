public class LabeledBreakContinue {
    public static void main(String[] args) {
        int[][] grid = {
            {1, 2, 3, 4},
            {5, 6, -7, 8},
            {9, 10, 11, 12},
            {-13, 14, 15, 16}
        };
        // find the first negative
        int fr = -1, fc = -1;
        search:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] < 0) {
                    fr = r;
                    fc = c;
                    break search;
                }
            }
        }
        System.out.println("first negative at " + fr + "," + fc);
        // skip rows containing a negative
        int sum = 0;
        rows:
        for (int r = 0; r < grid.length; r++) {
            int rowSum = 0;
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] < 0) {
                    System.out.println("skipping row " + r);
                    continue rows;
                }
                rowSum += grid[r][c];
            }
            System.out.println("row " + r + " sum " + rowSum);
            sum += rowSum;
        }
        System.out.println("total of clean rows = " + sum);
        // three levels
        int found = 0;
        a:
        for (int i = 0; i < 5; i++) {
            b:
            for (int j = 0; j < 5; j++) {
                for (int k = 0; k < 5; k++) {
                    if (k == 3) continue b;
                    if (j == 3) continue a;
                    if (i == 3) break a;
                    found++;
                }
            }
        }
        System.out.println("found = " + found);
        // labeled block (not loop)
        int value = 42;
        check:
        {
            if (value > 40) {
                System.out.println("breaking out of block");
                break check;
            }
            System.out.println("not printed");
        }
        System.out.println("after block");
        // labeled while with continue
        int i = 0;
        StringBuilder sb = new StringBuilder();
        loop:
        while (i < 10) {
            i++;
            int j = 0;
            while (j < i) {
                j++;
                if (j == 3) continue loop;
                if (i == 8) break loop;
                sb.append(i).append(':').append(j).append(' ');
            }
        }
        System.out.println(sb.toString().trim());
        System.out.println("i after = " + i);
        // do-while with labeled continue
        int n = 0;
        StringBuilder seq = new StringBuilder();
        outer:
        do {
            n++;
            for (int m = 0; m < 3; m++) {
                if ((n + m) % 4 == 0) continue outer;
                seq.append(n * 10 + m).append(' ');
            }
        } while (n < 6);
        System.out.println(seq.toString().trim());
        // search pairs summing to target
        int[] nums = {8, 3, 11, 5, 7, 2, 9};
        int target = 14;
        StringBuilder pairs = new StringBuilder();
        for (int x = 0; x < nums.length; x++) {
            inner:
            for (int y = x + 1; y < nums.length; y++) {
                if (nums[x] + nums[y] != target) continue inner;
                pairs.append('(').append(nums[x]).append(',').append(nums[y]).append(')');
            }
        }
        System.out.println("pairs summing to 14: " + pairs);
        // labeled break in switch in loop
        int state = 0;
        int iterations = 0;
        machine:
        while (true) {
            iterations++;
            switch (state) {
                case 0: state = 2; break;
                case 1: state = 3; break;
                case 2: state = 1; break;
                case 3: break machine;
                default: state = 0;
            }
        }
        System.out.println("machine stopped after " + iterations);
    }
}
