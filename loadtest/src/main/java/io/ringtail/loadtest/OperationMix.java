package io.ringtail.loadtest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/** Relative weights of the mix operations, parsed from "place=60,cancel=20,amend=10,query=10". */
public final class OperationMix {
    private final Map<Operation, Integer> weights;
    private final Operation[] ops;
    private final int[] cumulative;

    private OperationMix(Map<Operation, Integer> weights) {
        this.weights = weights;
        this.ops = weights.keySet().toArray(new Operation[0]);
        this.cumulative = new int[ops.length];
        int sum = 0;
        for (int i = 0; i < ops.length; i++) {
            sum += weights.get(ops[i]);
            cumulative[i] = sum;
        }
    }

    public static OperationMix parse(String text) {
        Map<Operation, Integer> weights = new EnumMap<>(Operation.class);
        for (String part : text.split(",")) {
            String[] kv = part.trim().split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("bad mix entry '" + part + "' (expected name=weight)");
            }
            Operation op = Operation.ofLabel(kv[0].trim());
            int weight;
            try {
                weight = Integer.parseInt(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad weight '" + kv[1] + "' for " + op.label());
            }
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight for " + op.label());
            }
            if (weights.put(op, weight) != null) {
                throw new IllegalArgumentException(op.label() + " given twice in the mix");
            }
        }
        weights.values().removeIf(w -> w == 0);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("the mix has no operation with a positive weight");
        }
        return new OperationMix(weights);
    }

    public Operation draw(Random random) {
        int pick = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < ops.length; i++) {
            if (pick < cumulative[i]) {
                return ops[i];
            }
        }
        throw new AssertionError("pick beyond the cumulative weights");
    }

    public Map<Operation, Integer> weights() {
        return Map.copyOf(weights);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        weights.forEach((op, w) -> sb.append(sb.length() == 0 ? "" : ",").append(op.label()).append('=').append(w));
        return sb.toString();
    }
}
