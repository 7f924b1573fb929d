public class StateMachine {
    enum State { IDLE, SELECTING, PAYING, DISPENSING, OUT_OF_SERVICE }

    enum Event { SELECT, COIN, CANCEL, DONE, FAULT, REPAIR }

    static class VendingMachine {
        State state = State.IDLE;
        int credit;
        int price;
        int sales;
        final StringBuilder log = new StringBuilder();

        void handle(Event e, int arg) {
            State before = state;
            switch (state) {
                case IDLE:
                    switch (e) {
                        case SELECT: price = arg; state = State.SELECTING; break;
                        case COIN: credit += arg; break;
                        case FAULT: state = State.OUT_OF_SERVICE; break;
                        default: break;
                    }
                    break;
                case SELECTING:
                    switch (e) {
                        case COIN:
                            credit += arg;
                            state = credit >= price ? State.DISPENSING : State.PAYING;
                            break;
                        case CANCEL: state = State.IDLE; price = 0; break;
                        case FAULT: state = State.OUT_OF_SERVICE; break;
                        default: break;
                    }
                    break;
                case PAYING:
                    switch (e) {
                        case COIN:
                            credit += arg;
                            if (credit >= price) state = State.DISPENSING;
                            break;
                        case CANCEL:
                            log.append("refund ").append(credit).append("; ");
                            credit = 0;
                            state = State.IDLE;
                            break;
                        case FAULT: state = State.OUT_OF_SERVICE; break;
                        default: break;
                    }
                    break;
                case DISPENSING:
                    if (e == Event.DONE) {
                        credit -= price;
                        sales++;
                        log.append("sold for ").append(price).append(", change ").append(credit).append("; ");
                        credit = 0;
                        price = 0;
                        state = State.IDLE;
                    }
                    break;
                case OUT_OF_SERVICE:
                    if (e == Event.REPAIR) state = State.IDLE;
                    break;
            }
            System.out.println(String.format("%-15s %-6s %4d -> %-15s credit=%d", before, e, arg, state, credit));
        }
    }

    // a character-level tokenizer state machine
    static String tokenize(String input) {
        StringBuilder out = new StringBuilder();
        int state = 0; // 0 = start, 1 = in number, 2 = in identifier, 3 = in string
        StringBuilder tok = new StringBuilder();
        for (int i = 0; i <= input.length(); i++) {
            char c = i < input.length() ? input.charAt(i) : '\0';
            switch (state) {
                case 0:
                    if (Character.isDigit(c)) { state = 1; tok.append(c); }
                    else if (Character.isLetter(c) || c == '_') { state = 2; tok.append(c); }
                    else if (c == '"') { state = 3; }
                    else if (c != ' ' && c != '\0') out.append("OP(").append(c).append(") ");
                    break;
                case 1:
                    if (Character.isDigit(c)) tok.append(c);
                    else { out.append("NUM(").append(tok).append(") "); tok.setLength(0); state = 0; i--; }
                    break;
                case 2:
                    if (Character.isLetterOrDigit(c) || c == '_') tok.append(c);
                    else { out.append("ID(").append(tok).append(") "); tok.setLength(0); state = 0; i--; }
                    break;
                case 3:
                    if (c == '"') { out.append("STR(").append(tok).append(") "); tok.setLength(0); state = 0; }
                    else if (c == '\0') { out.append("ERROR(unterminated string)"); }
                    else tok.append(c);
                    break;
            }
        }
        return out.toString().trim();
    }

    public static void main(String[] args) {
        VendingMachine vm = new VendingMachine();
        Object[][] script = {
            {Event.SELECT, 150}, {Event.COIN, 100}, {Event.COIN, 25}, {Event.COIN, 50}, {Event.DONE, 0},
            {Event.SELECT, 200}, {Event.COIN, 100}, {Event.CANCEL, 0},
            {Event.COIN, 10}, {Event.SELECT, 5}, {Event.DONE, 0}, {Event.COIN, 0}, {Event.DONE, 0},
            {Event.FAULT, 0}, {Event.COIN, 100}, {Event.REPAIR, 0}, {Event.SELECT, 75}, {Event.COIN, 100}, {Event.DONE, 0}
        };
        for (Object[] step : script) vm.handle((Event) step[0], (Integer) step[1]);
        System.out.println("sales " + vm.sales + " | " + vm.log.toString().trim());
        String[] programs = {"x = 42 + y_1", "print(\"hello world\", 7)", "a1b2 33c \"unterminated", "if (n >= 10) { n = n - 1; }"};
        for (String p : programs) System.out.println(p + "\n  -> " + tokenize(p));
    }
}
