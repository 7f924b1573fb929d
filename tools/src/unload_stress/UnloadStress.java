import java.io.FileInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * The Java twin of crema-unload-stress, for running the same workload on
 * HotSpot: the generated StressLoader and StressDriver are on the class
 * path, the generated classes of every round in the directory given.
 *
 * usage: java -Xlog:class+unload -cp DIR UnloadStress GEN_DIR rounds loaders classes iterations
 */
public class UnloadStress {
    public static void main(String[] args) throws Exception {
        String gen = args[0];
        int rounds = Integer.parseInt(args[1]);
        int loaders = Integer.parseInt(args[2]);
        int classes = Integer.parseInt(args[3]);
        int iterations = Integer.parseInt(args[4]);
        Class<?> loaderClass = Class.forName("StressLoader");
        Method define = loaderClass.getMethod("define", String.class, byte[].class);
        Method exercise = Class.forName("StressDriver").getMethod("exercise", Object[].class, int.class);
        long start = System.nanoTime();
        long gcNanos = 0;
        for (int round = 1; round <= rounds; round++) {
            Object[] objs = new Object[loaders * classes];
            long expected = 0;
            for (int l = 0; l < loaders; l++) {
                Object loader = loaderClass.getDeclaredConstructor().newInstance();
                for (int c = 0; c < classes; c++) {
                    String name = "Gen_" + round + "_" + l + "_" + c;
                    byte[] bytes;
                    try (InputStream in = new FileInputStream(gen + "/" + name + ".class")) {
                        bytes = in.readAllBytes();
                    }
                    Class<?> k = (Class<?>) define.invoke(loader, name, bytes);
                    objs[l * classes + c] = k.getDeclaredConstructor().newInstance();
                    int v = (round * 31 + l * 7 + c) % 1000 + ("label of " + name).length();
                    expected += 3L * v + (v ^ 0x55) + 1;
                }
            }
            long sum = (Long) exercise.invoke(null, objs, iterations);
            if (sum != expected * iterations) {
                System.out.println("round " + round + ": wrong result " + sum);
                System.exit(1);
            }
            objs = null;
            long t = System.nanoTime();
            System.gc();
            gcNanos += System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d loaders in %.2fs: %.0f loaders/s; System.gc() mean %.2fms%n", rounds * loaders, seconds,
                rounds * loaders / seconds, gcNanos / 1e6 / rounds);
    }
}
