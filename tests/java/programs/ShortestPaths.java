import java.util.ArrayList;
import java.util.List;

public class ShortestPaths {
    static class Edge {
        final int to, weight;

        Edge(int to, int weight) {
            this.to = to;
            this.weight = weight;
        }
    }

    // binary min-heap of (distance, node) pairs encoded in longs
    static class MinHeap {
        long[] heap = new long[16];
        int size;

        void push(long v) {
            if (size == heap.length) heap = java.util.Arrays.copyOf(heap, size * 2);
            heap[size] = v;
            int i = size++;
            while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
                long t = heap[i];
                heap[i] = heap[(i - 1) / 2];
                heap[(i - 1) / 2] = t;
                i = (i - 1) / 2;
            }
        }

        long pop() {
            long top = heap[0];
            heap[0] = heap[--size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1, r = l + 1, m = i;
                if (l < size && heap[l] < heap[m]) m = l;
                if (r < size && heap[r] < heap[m]) m = r;
                if (m == i) break;
                long t = heap[i];
                heap[i] = heap[m];
                heap[m] = t;
                i = m;
            }
            return top;
        }
    }

    static List<List<Edge>> graph(int n) {
        List<List<Edge>> g = new ArrayList<>();
        for (int i = 0; i < n; i++) g.add(new ArrayList<Edge>());
        return g;
    }

    static void addEdge(List<List<Edge>> g, int a, int b, int w) {
        g.get(a).add(new Edge(b, w));
        g.get(b).add(new Edge(a, w));
    }

    static long[] dijkstra(List<List<Edge>> g, int src, int[] prev) {
        long[] dist = new long[g.size()];
        java.util.Arrays.fill(dist, Long.MAX_VALUE);
        java.util.Arrays.fill(prev, -1);
        dist[src] = 0;
        MinHeap h = new MinHeap();
        h.push(src);
        while (h.size > 0) {
            long top = h.pop();
            long d = top >>> 20;
            int u = (int) (top & 0xFFFFF);
            if (d > dist[u]) continue;
            for (Edge e : g.get(u)) {
                long nd = d + e.weight;
                if (nd < dist[e.to]) {
                    dist[e.to] = nd;
                    prev[e.to] = u;
                    h.push((nd << 20) | e.to);
                }
            }
        }
        return dist;
    }

    static String path(int[] prev, int target) {
        StringBuilder sb = new StringBuilder();
        for (int v = target; v != -1; v = prev[v]) sb.insert(0, v == target ? "" + v : v + "->");
        return sb.toString();
    }

    public static void main(String[] args) {
        List<List<Edge>> g = graph(7);
        addEdge(g, 0, 1, 7);
        addEdge(g, 0, 2, 9);
        addEdge(g, 0, 5, 14);
        addEdge(g, 1, 2, 10);
        addEdge(g, 1, 3, 15);
        addEdge(g, 2, 3, 11);
        addEdge(g, 2, 5, 2);
        addEdge(g, 3, 4, 6);
        addEdge(g, 4, 5, 9);
        int[] prev = new int[7];
        long[] dist = dijkstra(g, 0, prev);
        for (int v = 0; v < 7; v++) {
            System.out.println("0 -> " + v + ": " + (dist[v] == Long.MAX_VALUE ? "unreachable" : dist[v] + " via " + path(prev, v)));
        }
        // grid graph with pseudo-random weights
        int side = 30;
        List<List<Edge>> grid = graph(side * side);
        java.util.Random rnd = new java.util.Random(2024);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int id = r * side + c;
                if (c + 1 < side) addEdge(grid, id, id + 1, 1 + rnd.nextInt(9));
                if (r + 1 < side) addEdge(grid, id, id + side, 1 + rnd.nextInt(9));
            }
        }
        int[] gp = new int[side * side];
        long[] gd = dijkstra(grid, 0, gp);
        System.out.println("grid corner distance " + gd[side * side - 1]);
        int hops = 0;
        for (int v = side * side - 1; gp[v] != -1; v = gp[v]) hops++;
        System.out.println("grid path hops " + hops);
        long total = 0;
        for (long d : gd) total += d;
        System.out.println("sum of all distances " + total);
        // Floyd-Warshall on the small graph for comparison
        long inf = Long.MAX_VALUE / 4;
        long[][] fw = new long[7][7];
        for (long[] row : fw) java.util.Arrays.fill(row, inf);
        for (int u = 0; u < 7; u++) {
            fw[u][u] = 0;
            for (Edge e : g.get(u)) fw[u][e.to] = Math.min(fw[u][e.to], e.weight);
        }
        for (int k = 0; k < 7; k++)
            for (int i = 0; i < 7; i++)
                for (int j = 0; j < 7; j++)
                    if (fw[i][k] + fw[k][j] < fw[i][j]) fw[i][j] = fw[i][k] + fw[k][j];
        for (int i = 0; i < 6; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 6; j++) sb.append(String.format("%4d", fw[i][j]));
            System.out.println(sb);
        }
        System.out.println("node 6 isolated: " + (fw[0][6] == inf));
    }
}
