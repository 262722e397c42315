package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RentalFeeTermsTest {

    private static RentalFeeTerms terms(String perBlock, String child) {
        Map<String, String> values = new HashMap<>(Fixtures.CONFIG);
        values.put("rootNamespaceRentalFeePerBlock", perBlock);
        values.put("childNamespaceRentalFee", child);
        return new RentalFeeTerms(NamespaceConfig.parse(new ConfigProperties("namespace", values)), new MosaicId(1));
    }

    @ParameterizedTest(name = "{0} per block x {1} blocks = {2}")
    @CsvSource({
        "10, 100, 1000",
        "0, 100, 0",
        "10, 0, 0",
        "10'000'000'000, 2'102'400, 21024000000000000",
        // the largest product that fits a uint64, and one block more wraps in Sirius: here it saturates
        "1, 18446744073709551615, 18446744073709551615",
        "2, 9223372036854775807, 18446744073709551614",
        "2, 9223372036854775808, 18446744073709551615",
        "4'611'686'018'427'387'904, 5, 18446744073709551615"})
    void aRootPaysPerBlockSaturatingAtTheLargestAmount(String perBlock, String duration, String expected) {
        // Arrange
        RegisterNamespaceTransaction root = RegisterNamespaceTransaction.root(
                new BlockDuration(Long.parseUnsignedLong(duration.replace("'", ""))), "alpha");

        // Act
        Amount fee = terms(perBlock, "7").fee(root);

        // Assert
        assertEquals(new Amount(Long.parseUnsignedLong(expected)), fee);
    }

    @ParameterizedTest(name = "type {0}")
    @CsvSource({"1", "2", "255"})
    void anyOtherTypePaysTheChildFee(int type) {
        // Arrange
        RegisterNamespaceTransaction other = new RegisterNamespaceTransaction(type, Fixtures.ALPHA.value(),
                new NamespaceId(5), "x");

        // Act and Assert
        assertEquals(new Amount(7), terms("10", "7").fee(other));
    }
}
