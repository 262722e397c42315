package io.sirius.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One network configuration: the network key, the chain settings, the plugin sections and the supported entities,
 * with errors naming the section, key or line at fault.
 */
class NetworkConfigurationTest {
    private static final String PLUGINS = "\n[plugin:catapult.plugins.alpha]\nenabled = true\nlimit = 5\n"
            + "\n[plugin:catapult.plugins.beta]\nenabled = false\n"
            + "\n[plugin:catapult.plugins.gamma]\nenabled = FALSE\n"
            + "\n[plugin:catapult.plugins.delta]\nlimit = 7\n"
            + "\n[plugin:other.vendor.epsilon]\nenabled = true\n";

    private static NetworkConfiguration parse(String text) {
        return NetworkConfiguration.parse(text, CoreFixture.devnetEntities());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "enabled = {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"no", "0", "flase", "yes", ""})
    void anEnabledFlagOtherThanTrueOrFalseIsRefusedNamingTheSection(String value) {
        // Arrange
        String text = CoreFixture.devnetText() + "\n[plugin:catapult.plugins.alpha]\nenabled = " + value + "\n";

        // Act
        io.sirius.api.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.sirius.api.config.ConfigException.class, () -> parse(text));

        // Assert
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("[plugin:catapult.plugins.alpha] enabled"),
                e.getMessage());
    }

    @Test
    void theDevnetConfigurationParses() {
        // Arrange
        String text = CoreFixture.devnetText();
        String json = CoreFixture.devnetEntities();

        // Act
        NetworkConfiguration config = NetworkConfiguration.parse(text, json);

        // Assert
        assertEquals(CoreFixture.networkKey(), config.networkPublicKey());
        assertEquals(ChainSettings.parse(new ConfigProperties("chain", IniFile.parse(text).get("chain"))), config.chain());
        assertEquals(SupportedEntities.parse(json), config.supportedEntities());
        assertEquals(Set.of("transfer"), config.pluginSections().keySet());
        assertEquals(Set.of("transfer"), config.enabledPlugins());
        assertEquals(text, config.text());
        assertEquals(json, config.supportedEntitiesJson());
    }

    @Test
    void pluginSectionsAreNamedByPluginAndEnabledUnlessTheySayFalse() {
        // Act
        NetworkConfiguration config = parse(CoreFixture.devnetText() + PLUGINS);

        // Assert
        assertEquals(List.of("transfer", "alpha", "beta", "gamma", "delta"), List.copyOf(config.pluginSections().keySet()));
        assertEquals(Set.of("transfer", "alpha", "delta"), config.enabledPlugins());
        assertEquals("plugin:catapult.plugins.alpha", config.pluginSections().get("alpha").section());
        assertThrows(UnsupportedOperationException.class, () -> config.pluginSections().remove("alpha"));
    }

    record Limit(long value) {
    }

    @Test
    void aPluginParsesItsOwnSection() {
        // Arrange
        NetworkConfiguration config = parse(CoreFixture.devnetText() + PLUGINS);
        ConfigSection<Limit> alpha = ConfigSection.of("alpha", p -> new Limit(p.getLong("limit")));

        // Act
        Limit limit = config.plugin(alpha);

        // Assert
        assertEquals(new Limit(5), limit);
    }

    @Test
    void aMissingPluginSectionIsAnErrorNamingIt() {
        // Arrange
        NetworkConfiguration config = parse(CoreFixture.devnetText());
        ConfigSection<Limit> zeta = ConfigSection.of("zeta", p -> new Limit(p.getLong("limit")));

        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> config.plugin(zeta));

        // Assert
        assertEquals("the network config has no [plugin:catapult.plugins.zeta] section", e.getMessage());
    }

    @Test
    void aPluginSectionErrorNamesTheSection() {
        // Arrange
        NetworkConfiguration config = parse(CoreFixture.devnetText() + PLUGINS);
        ConfigSection<Limit> beta = ConfigSection.of("beta", p -> new Limit(p.getLong("limit")));

        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> config.plugin(beta));

        // Assert
        assertEquals("[plugin:catapult.plugins.beta] has no key 'limit'", e.getMessage());
    }

    static Stream<Arguments> broken() {
        String devnet = CoreFixture.devnetText();
        String key = CoreFixture.networkKey().toHex();
        return Stream.of(
                Arguments.of(devnet.replace("[network]", "[net]"), "[network] publicKey is missing"),
                Arguments.of(devnet.replace("publicKey = " + key, ""), "[network] publicKey is missing"),
                Arguments.of(devnet.replace("publicKey = " + key, "publicKey = " + key.substring(2)), "[network] publicKey: "),
                Arguments.of(devnet.replace("publicKey = " + key, "publicKey = " + "ZZ" + key.substring(2)),
                        "[network] publicKey: "),
                Arguments.of(devnet.replace("[chain]", "[chains]"), "the [chain] section is missing"),
                Arguments.of(CoreFixture.withChainValue(devnet, "maxDifficultyBlocks", "0"), "[chain] maxDifficultyBlocks"),
                Arguments.of(devnet + "\n[chain]\n", "line "),
                Arguments.of(devnet + "\ndangling\n", "line "));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void aBrokenTextIsAnErrorNamingWhere(String text, String message) {
        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> parse(text));

        // Assert
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void brokenSupportedEntitiesAreAnError() {
        // Act
        ConfigException e = assertThrows(ConfigException.class,
                () -> NetworkConfiguration.parse(CoreFixture.devnetText(), "{\"entities\": 5}"));

        // Assert
        assertTrue(e.getMessage().startsWith("supported entities: "), e.getMessage());
    }

    @Test
    void theLineNumberOfATextErrorCountsFromTheTop() {
        // Arrange
        String devnet = CoreFixture.devnetText();
        long lines = devnet.lines().count();
        String text = devnet.endsWith("\n") ? devnet + "dangling" : devnet + "\ndangling";

        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> parse(text));

        // Assert
        assertEquals("line " + (lines + 1) + ": 'dangling' is neither a [section] nor key = value", e.getMessage());
    }
}
