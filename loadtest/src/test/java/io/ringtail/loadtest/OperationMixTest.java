package io.ringtail.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OperationMixTest {

    @Test
    void shouldDrawOperationsInProportionToTheirWeights() {
        OperationMix mix = OperationMix.parse("place=60,cancel=20,amend=10,query=10");
        Map<Operation, Integer> drawn = new EnumMap<>(Operation.class);
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            drawn.merge(mix.draw(random), 1, Integer::sum);
        }
        assertEquals(60_000, drawn.get(Operation.PLACE), 1_500);
        assertEquals(20_000, drawn.get(Operation.CANCEL), 1_000);
        assertEquals(10_000, drawn.get(Operation.AMEND), 800);
        assertEquals(10_000, drawn.get(Operation.QUERY), 800);
    }

    @Test
    void shouldNeverDrawAZeroWeightOperation() {
        OperationMix mix = OperationMix.parse("place=1,query=0");
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(Operation.PLACE, mix.draw(random));
        }
        assertEquals(Map.of(Operation.PLACE, 1), mix.weights());
    }

    @Test
    void shouldRepeatTheSameSequenceForTheSameSeed() {
        OperationMix mix = OperationMix.parse("place=5,cancel=3,query=2");
        Random a = new Random(99);
        Random b = new Random(99);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(mix.draw(a), mix.draw(b));
        }
    }

    @Test
    void shouldRejectMalformedMixes() {
        assertThrows(IllegalArgumentException.class, () -> OperationMix.parse("place=abc"));
        assertThrows(IllegalArgumentException.class, () -> OperationMix.parse("trade=10"));
        assertThrows(IllegalArgumentException.class, () -> OperationMix.parse("ryw_read=10"));
        assertThrows(IllegalArgumentException.class, () -> OperationMix.parse("place=0"));
        assertThrows(IllegalArgumentException.class, () -> OperationMix.parse("place=-1,query=2"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> OperationMix.parse("place=1,place=2"));
        assertTrue(twice.getMessage().contains("twice"));
    }
}
