package io.sirius.plugin.multisig.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.aggregate.internal.plugin.AggregatePlugin;
import io.sirius.plugin.aggregate.model.AggregateResults;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.internal.TestChain;
import io.sirius.plugin.multisig.internal.validators.Modifications;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who judges an aggregate's cosigners. The aggregate plugin applies the plain-account rules (each cosigner signs an
 * embedded transaction, each embedded signer signed) only while the network config in force does not enable the
 * multisig plugin; while it does, the multisig plugin's rules over the graph decide, and the kernel halts rather than
 * run without them if its bundle is gone. So exactly one plugin judges at every height, and on accounts outside the
 * graph both give the same verdicts, so that the hand-over is seamless.
 */
class CosignerAuthorityTest {
    private static final Set<Integer> COSIGNER_CODES = Set.of(ResultCodes.AGGREGATE_INELIGIBLE_COSIGNERS,
            ResultCodes.AGGREGATE_MISSING_COSIGNERS);

    private static TestChain aggregateOnly(String strictSigner) {
        Map<String, String> aggregate = new HashMap<>(Fixtures.AGGREGATE);
        aggregate.put("strictSigner", strictSigner);
        return new TestChain().install(new AggregatePlugin()).install(new TransferPlugin())
                .configure("aggregate", aggregate).configure("transfer", Fixtures.TRANSFER);
    }

    private static TestChain withMultisig() {
        return aggregateOnly("true").install(new MultisigPlugin()).configure("multisig", Fixtures.MULTISIG);
    }

    private static List<EmbeddedTransaction> transfers(TestChain chain, String signers) {
        List<EmbeddedTransaction> transactions = new ArrayList<>();
        for (int signer : Modifications.numbers(signers)) {
            transactions.add(chain.transfer(signer));
        }
        return transactions;
    }

    /** @return the plugins whose rules answer an aggregate with a cosigner code */
    private static Set<String> judges(TestChain chain, int signer, String signers, String cosigners) {
        Set<String> judges = new TreeSet<>();
        chain.verdicts(signer, transfers(chain, signers), Modifications.numbers(cosigners)).forEach((plugin, verdict) -> {
            if (COSIGNER_CODES.contains(verdict.value())) {
                judges.add(plugin);
            }
        });
        return judges;
    }

    @ParameterizedTest(name = "strictSigner {0}: signer {1}, transfers of [{2}], cosigners [{3}]: {4}")
    @CsvSource({
        "true, 10, 10, '', SUCCESS",
        "true, 1, 10, 10, INELIGIBLE_COSIGNERS",
        "true, 1, 1 10, 10, SUCCESS",
        "true, 1, 10, '', INELIGIBLE_COSIGNERS",
        "true, 10, 10, 2, INELIGIBLE_COSIGNERS",
        "true, 1, 10, 2, INELIGIBLE_COSIGNERS",
        "true, 1, 1 10, '', MISSING_COSIGNERS",
        "true, 1, 1 10 11, 10, MISSING_COSIGNERS",
        "false, 1, 10, 10, SUCCESS",
        "false, 1, 10, '', MISSING_COSIGNERS",
        "false, 1, 10, 2, INELIGIBLE_COSIGNERS"})
    void withoutMultisigTheAggregatePluginJudgesPlainAccountsAndMultisigOnAnEmptyGraphAgrees(String strictSigner,
            int signer, String signers, String cosigners, String expected) {
        // Arrange: one node without the multisig plugin; one with it enabled but no multisig account yet
        TestChain plain = aggregateOnly(strictSigner);
        TestChain multisig = aggregateOnly(strictSigner).install(new MultisigPlugin())
                .configure("multisig", Fixtures.MULTISIG);

        // Act
        ResultCode alone = plain.announce(signer, transfers(plain, signers), Modifications.numbers(cosigners));
        ResultCode both = multisig.announce(signer, transfers(multisig, signers), Modifications.numbers(cosigners));

        // Assert
        assertEquals(List.of("aggregate", "transfer"), plain.activePlugins());
        assertEquals(List.of("aggregate", "multisig", "transfer"), multisig.activePlugins());
        assertEquals(Modifications.result(expected), alone);
        assertEquals(alone, both);
    }

    @ParameterizedTest(name = "multisig section: {0}")
    @ValueSource(strings = {"absent", "enabled = false", "enabled", "enabled = true", "not installed"})
    void exactlyOnePluginJudgesCosignersWhateverTheConfig(String multisig) {
        // Arrange
        TestChain chain = withMultisig();
        switch (multisig) {
            case "absent" -> chain.unconfigure("multisig");
            case "enabled = false" -> chain.disable("multisig");
            case "enabled = true" -> {
                Map<String, String> section = new HashMap<>(Fixtures.MULTISIG);
                section.put("enabled", "true");
                chain.configure("multisig", section);
            }
            case "not installed" -> chain.uninstall("multisig").unconfigure("multisig");
            default -> { }
        }
        Set<String> expected = Set.of(multisig.startsWith("enabled") && !multisig.endsWith("false")
                ? "multisig" : "aggregate");

        // Act + Assert: a stranger cosigns (ineligible); account 10's signature is missing; 10 and 1 alone (fine)
        assertEquals(expected, judges(chain, 1, "1", "9"));
        assertEquals(expected, judges(chain, 1, "1 10", ""));
        assertEquals(Set.of(), judges(chain, 1, "1 10", "10"));
    }

    @Test
    void theAggregatePluginStandsBackWhileMultisigIsEnabledSoA2Of3AccountIsJudgedOverTheGraph() {
        // Arrange: 10 becomes a 2-of-3 multisig of 1, 2 and 3
        TestChain chain = withMultisig();
        assertEquals(ResultCodes.SUCCESS, chain.announce(1, List.of(chain.modify(10, 2, 2, "+1 +2 +3")), 10, 2, 3));

        // Act
        Map<String, ResultCode> sufficient = chain.verdicts(1, List.of(chain.transfer(10)), 2);
        Map<String, ResultCode> missing = chain.verdicts(1, List.of(chain.transfer(10)));

        // Assert: the plain-account rules would refuse cosigner 2 of account 10; they do not run
        assertEquals(Map.of("aggregate", ResultCodes.SUCCESS, "multisig", ResultCodes.SUCCESS,
                "transfer", ResultCodes.SUCCESS), sufficient);
        assertEquals(Map.of("aggregate", ResultCodes.SUCCESS, "multisig", AggregateResults.MISSING_COSIGNERS,
                "transfer", ResultCodes.SUCCESS), missing);
    }

    @Test
    void disablingMultisigHandsCosignersBackToTheAggregatePluginAndRollingBackNeedsItAgain() {
        // Arrange: 10 is a 2-of-3 multisig of 1, 2 and 3, which moved its funds once
        TestChain chain = withMultisig();
        Map<String, Map<String, String>> empty = chain.state().snapshot();
        assertEquals(ResultCodes.SUCCESS, chain.announce(1, List.of(chain.modify(10, 2, 2, "+1 +2 +3")), 10, 2, 3));
        Map<String, Map<String, String>> graph = chain.state().snapshot();
        assertEquals(ResultCodes.SUCCESS, chain.announce(1, List.of(chain.transfer(10)), 2));

        // Act: the network config disables multisig from the next block, then the operator uninstalls its bundle
        chain.disable("multisig");
        ResultCode cosigned = chain.announce(1, List.of(chain.transfer(10)), 2);
        ResultCode signedByItself = chain.announce(10, List.of(chain.transfer(10)));
        chain.uninstall("multisig");
        ResultCode afterUninstall = chain.announce(10, List.of(chain.transfer(10)));

        // Assert: plain-account rules again; the graph stays in the state, ignored, for a later enabling
        assertEquals(AggregateResults.INELIGIBLE_COSIGNERS, cosigned);
        assertEquals(ResultCodes.SUCCESS, signedByItself);
        assertEquals(ResultCodes.SUCCESS, afterUninstall);
        assertEquals(List.of("aggregate", "transfer"), chain.activePlugins());
        assertEquals(graph, chain.state().snapshot());

        // Act + Assert: the blocks of the disabled heights roll back without it; those before need it back
        chain.rollback();
        chain.rollback();
        assertThrows(TestChain.MissingPluginException.class, chain::rollback);
        chain.install(new MultisigPlugin());
        chain.rollback();
        chain.rollback();
        assertEquals(empty, chain.state().snapshot());
    }

    @Test
    void uninstallingAnEnabledMultisigPluginHaltsInsteadOfFallingBackToPlainRules() {
        // Arrange: 10 is a 2-of-3 multisig of 1, 2 and 3
        TestChain chain = withMultisig();
        assertEquals(ResultCodes.SUCCESS, chain.announce(1, List.of(chain.modify(10, 2, 2, "+1 +2 +3")), 10, 2, 3));

        // Act: the bundle goes while the config still enables the plugin
        chain.uninstall("multisig");

        // Assert: nothing is judged (10 signing for itself would pass the plain rules), until it is back
        assertThrows(TestChain.MissingPluginException.class, chain::activePlugins);
        assertThrows(TestChain.MissingPluginException.class,
                () -> chain.announce(10, List.of(chain.transfer(10))));
        chain.install(new MultisigPlugin());
        assertEquals(0x80550800, chain.announce(10, List.of(chain.transfer(10))).value());
        assertEquals(ResultCodes.SUCCESS, chain.announce(3, List.of(chain.transfer(10)), 1));
    }

    @Test
    void enablingMultisigAgainJudgesOverTheGraphItKept() {
        // Arrange: 10 is a 2-of-3 multisig; multisig is disabled for one block, then enabled again
        TestChain chain = withMultisig();
        assertEquals(ResultCodes.SUCCESS, chain.announce(1, List.of(chain.modify(10, 2, 2, "+1 +2 +3")), 10, 2, 3));
        chain.disable("multisig");
        assertEquals(ResultCodes.SUCCESS, chain.announce(10, List.of(chain.transfer(10))));

        // Act
        chain.configure("multisig", Fixtures.MULTISIG);

        // Assert
        assertEquals(0x80550800, chain.announce(10, List.of(chain.transfer(10))).value());
        assertEquals(AggregateResults.MISSING_COSIGNERS, chain.announce(1, List.of(chain.transfer(10))));
        assertEquals(ResultCodes.SUCCESS, chain.announce(1, List.of(chain.transfer(10)), 2));
    }
}
