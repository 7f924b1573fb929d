import java.util.List;
import java.util.stream.Collectors;

/**
 * Start-up with a lambda and a stream: the first lambda links its call site
 * (crema spins a class for it; HotSpot runs LambdaMetafactory) and the
 * stream pipeline loads the stream classes.
 */
public class HelloLambda {
    public static void main(String[] args) {
        List<String> words = List.of("hello", "lambda", "and", "stream", "world");
        String text = words.stream()
                .filter(w -> w.length() > 3)
                .map(String::toUpperCase)
                .collect(Collectors.joining(", "));
        Runnable greet = () -> System.out.println(text + "!");
        greet.run();
    }
}
