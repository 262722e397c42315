package io.sirius.plugin.aggregate.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.plugin.testkit.ContextBuilder;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultisigPresenceTest {

    @ParameterizedTest(name = "section {0}, enabled = {1}: {2}")
    @CsvSource({
        "false, , false",
        "true, , true",
        "true, true, true",
        "true, false, false"})
    void theMultisigPluginJudgesCosignersWhenItsSectionEnablesIt(boolean present, String enabled, boolean expected) {
        // Arrange: Sirius's multisig section, with or without an enabled flag
        ContextBuilder builder = ContextBuilder.context();
        if (present) {
            Map<String, String> section = enabled == null
                    ? Map.of("maxMultisigDepth", "3")
                    : Map.of("maxMultisigDepth", "3", "enabled", enabled);
            builder.config(MultisigPresence.SECTION, section);
        }

        // Act and Assert
        assertEquals(expected, MultisigPresence.judgesCosigners(builder.validation()));
        assertEquals(expected, MultisigPresence.judgesCosigners(builder.stateful()));
    }
}
