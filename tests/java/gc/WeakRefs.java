import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;

// Weak references are cleared once their referent is only weakly
// reachable, and enqueued on their queue; strongly held referents stay;
// soft references survive collections while memory is plentiful.
public class WeakRefs {
    static final class Payload {
        final String name;

        Payload(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ReferenceQueue<Payload> queue = new ReferenceQueue<>();
        Payload strong = new Payload("strong");
        Payload dropped = new Payload("dropped");
        WeakReference<Payload> keptRef = new WeakReference<>(strong, queue);
        WeakReference<Payload> droppedRef = new WeakReference<>(dropped, queue);
        WeakReference<Payload> noQueue = new WeakReference<>(new Payload("no queue"));
        SoftReference<Payload> soft = new SoftReference<>(new Payload("soft"));
        PhantomReference<Payload> phantom = new PhantomReference<>(new Payload("phantom"), queue);
        System.out.println("before: " + droppedRef.get().name + ", phantom get " + phantom.get());
        System.out.println("refersTo: " + keptRef.refersTo(strong) + " " + droppedRef.refersTo(strong));
        // Compiled code may consider `dropped` dead after its last use
        // (JLS §12.6.1); it stays strongly reachable until here.
        Reference.reachabilityFence(dropped);
        dropped = null;

        System.gc();
        System.out.println("kept: " + (keptRef.get() == null ? "cleared" : keptRef.get().name));
        System.out.println("dropped: " + (droppedRef.get() == null ? "cleared" : droppedRef.get().name));
        System.out.println("no queue: " + (noQueue.get() == null ? "cleared" : noQueue.get().name));
        System.out.println("soft: " + (soft.get() == null ? "cleared" : soft.get().name));

        int found = 0;
        boolean sawDropped = false;
        boolean sawPhantom = false;
        Reference<? extends Payload> r;
        while ((r = queue.remove(2000)) != null) {
            found++;
            sawDropped |= r == droppedRef;
            sawPhantom |= r == phantom;
            if (found == 2) {
                break;
            }
        }
        System.out.println("enqueued " + found + ": dropped " + sawDropped + ", phantom " + sawPhantom);
        System.out.println("queue now empty: " + (queue.poll() == null));

        // Many weak references to short-lived objects, across young
        // collections: each is either still reachable or cleared, never
        // pointing at garbage.
        WeakReference<?>[] refs = new WeakReference<?>[2000];
        Object[] keep = new Object[2000];
        for (int i = 0; i < refs.length; i++) {
            Object o = new int[] {i};
            refs[i] = new WeakReference<>(o);
            if (i % 2 == 0) {
                keep[i] = o;
            }
            byte[] churn = new byte[512];
        }
        System.gc();
        int alive = 0;
        boolean consistent = true;
        for (int i = 0; i < refs.length; i++) {
            int[] v = (int[]) refs[i].get();
            if (v != null) {
                alive++;
                consistent &= v[0] == i;
            } else {
                consistent &= i % 2 == 1;
            }
        }
        System.out.println("weak survivors " + alive + ", consistent " + consistent);
        // Compiled code may treat `keep` as dead after its last use
        // (JLS §12.6.1): keep it reachable until here.
        Reference.reachabilityFence(keep);

        // Clearing by hand: no enqueueing.
        WeakReference<Payload> manual = new WeakReference<>(strong, queue);
        manual.clear();
        System.out.println("manual clear: " + manual.get() + ", enqueue() " + manual.enqueue() + ", again " + manual.enqueue());
        System.out.println("polled manual: " + (queue.poll() == manual));
        System.out.println("strong still " + strong.name);
    }
}
