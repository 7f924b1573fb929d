public class CloneTest {
    static class Sheep implements Cloneable {
        String name;
        int[] tags;
        Sheep friend;

        Sheep(String name, int[] tags) {
            this.name = name;
            this.tags = tags;
        }

        @Override
        public Sheep clone() {
            try {
                return (Sheep) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        Sheep deepClone() {
            Sheep s = clone();
            s.tags = tags.clone();
            return s;
        }

        public String toString() {
            return name + java.util.Arrays.toString(tags) + (friend == null ? "" : " friend=" + friend.name);
        }
    }

    static class NotCloneable {
        int v = 3;

        Object tryClone() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    static class Vector3 implements Cloneable {
        double x, y, z;
        long stamp;
        char tag;
        boolean flag;

        Vector3(double x, double y, double z) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.stamp = 1234567890123L;
            this.tag = 'v';
            this.flag = true;
        }

        protected Vector3 clone() throws CloneNotSupportedException {
            return (Vector3) super.clone();
        }

        public String toString() {
            return "(" + x + "," + y + "," + z + "," + stamp + "," + tag + "," + flag + ")";
        }
    }

    static class SubVector extends Vector3 {
        String extra = "extra";

        SubVector() {
            super(1, 2, 3);
        }
    }

    public static void main(String[] args) throws Exception {
        Sheep dolly = new Sheep("Dolly", new int[] {1, 2, 3});
        dolly.friend = new Sheep("Molly", new int[] {9});
        Sheep shallow = dolly.clone();
        Sheep deep = dolly.deepClone();
        System.out.println("shallow != original: " + (shallow != dolly));
        System.out.println("same class: " + (shallow.getClass() == dolly.getClass()));
        System.out.println("shallow shares tags: " + (shallow.tags == dolly.tags));
        System.out.println("deep shares tags: " + (deep.tags == dolly.tags));
        System.out.println("friend shared: " + (shallow.friend == dolly.friend));
        dolly.tags[0] = 100;
        shallow.name = "Shallow";
        deep.name = "Deep";
        System.out.println(dolly);
        System.out.println(shallow);
        System.out.println(deep);
        try {
            new NotCloneable().tryClone();
            System.out.println("cloned?!");
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        Vector3 v = new Vector3(1.5, -2.5, 3.25);
        Vector3 vc = v.clone();
        v.x = 0;
        System.out.println(v + " " + vc);
        SubVector sv = new SubVector();
        Vector3 svc = sv.clone();
        System.out.println(svc.getClass().getSimpleName() + " " + ((SubVector) svc).extra + " " + svc);
        // array clones
        int[] ia = {1, 2, 3};
        int[] ib = ia.clone();
        ib[0] = 99;
        System.out.println(ia[0] + " " + ib[0] + " " + (ia != ib) + " " + ib.length);
        long[] la = {Long.MAX_VALUE, 5};
        long[] lb = la.clone();
        System.out.println(lb[0] + " " + lb[1]);
        String[] sa = {"x", "y"};
        String[] sb = sa.clone();
        System.out.println((sa[0] == sb[0]) + " " + sb.getClass().getSimpleName());
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] gridClone = grid.clone();
        gridClone[0][0] = 42;
        gridClone[1] = new int[] {7, 7};
        System.out.println(grid[0][0] + " " + grid[1][0] + " " + gridClone[1][0]);
        Object[] objs = {dolly, "str", 5};
        Object[] objsClone = objs.clone();
        System.out.println((objsClone[0] == dolly) + " " + objsClone.length);
        char[] empty = new char[0];
        System.out.println(empty.clone().length);
    }
}
