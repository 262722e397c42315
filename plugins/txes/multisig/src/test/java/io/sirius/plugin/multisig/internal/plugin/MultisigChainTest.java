package io.sirius.plugin.multisig.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.aggregate.internal.plugin.AggregatePlugin;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.internal.TestChain;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.multisig.state.MultisigEntry;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The multisig plugin with the aggregate and transfer plugins on a chain ({@link TestChain}): multisig changes applied
 * block by block inside aggregates, transactions of multisig accounts judged over the graph the chain built, refusals
 * with Sirius's status codes leaving the state untouched, and every block rolled back to the state before it, byte for
 * byte.
 */
class MultisigChainTest {
    private static final int INELIGIBLE = 0x80411001;
    private static final int MISSING = 0x80411002;
    private static final int LOOP = 0x8055000C;
    private static final int MAX_DEPTH = 0x8055000D;
    private static final int MAX_COSIGNERS = 0x8055000B;
    private static final int NOT_PERMITTED = 0x80550800;
    private static final int MIN_SETTING_OUT_OF_RANGE = 0x80550007;
    private static final int LARGER_THAN_COSIGNATORIES = 0x80550008;

    private final TestChain chain = new TestChain()
            .install(new AggregatePlugin()).install(new TransferPlugin()).install(new MultisigPlugin())
            .configure("aggregate", Fixtures.AGGREGATE).configure("transfer", Fixtures.TRANSFER)
            .configure("multisig", Fixtures.MULTISIG);
    private final List<Map<String, Map<String, String>>> before = new ArrayList<>();

    /** Applies a block, remembering the state before it. */
    private void apply(int signer, List<EmbeddedTransaction> transactions, int... cosigners) {
        Map<String, Map<String, String>> state = chain.state().snapshot();
        ResultCode result = chain.announce(signer, transactions, cosigners);
        assertEquals(ResultCodes.SUCCESS, result, result.statusName());
        before.add(state);
    }

    /** Asserts a block is refused with a status, leaving the state and height as they were. */
    private void refused(int status, int signer, List<EmbeddedTransaction> transactions, int... cosigners) {
        Map<String, Map<String, String>> state = chain.state().snapshot();
        long height = chain.height();
        ResultCode result = chain.announce(signer, transactions, cosigners);
        assertEquals(Integer.toHexString(status), Integer.toHexString(result.value()), result.statusName());
        assertEquals(state, chain.state().snapshot());
        assertEquals(height, chain.height());
    }

    private void rollBackEverything() {
        for (int i = before.size() - 1; i >= 0; i--) {
            chain.rollback();
            assertEquals(before.get(i), chain.state().snapshot(), "state before block " + (i + 2));
        }
        assertEquals(1, chain.height());
    }

    private MultisigEntry entry(int account) {
        return chain.state().cache(MultisigCache.DESCRIPTOR).find(Fixtures.key(account)).orElseThrow();
    }

    private boolean inGraph(int account) {
        return chain.state().cache(MultisigCache.DESCRIPTOR).contains(Fixtures.key(account));
    }

    /** Block 2: account 10 becomes a 2-of-3 multisig of 1, 2 and 3 (removal minimum 2). */
    private void twoOfThree() {
        apply(1, List.of(chain.modify(10, 2, 2, "+1 +2 +3")), 10, 2, 3);
    }

    @Test
    void aMultisigAccountIsMadeChangedNestedAndUndoneBlockByBlock() {
        // Act + Assert, block 2: the new cosignatories and the account itself approve its conversion
        refused(MISSING, 1, List.of(chain.modify(10, 2, 2, "+1 +2 +3")), 10, 2);
        refused(MISSING, 1, List.of(chain.modify(10, 2, 2, "+1 +2 +3")), 2, 3);
        refused(INELIGIBLE, 1, List.of(chain.modify(10, 2, 2, "+1 +2 +3")), 10, 2, 3, 4);
        refused(LARGER_THAN_COSIGNATORIES, 1, List.of(chain.modify(10, 2, 4, "+1 +2 +3")), 10, 2, 3);
        refused(MIN_SETTING_OUT_OF_RANGE, 1, List.of(chain.modify(10, 0, 2, "+1 +2 +3")), 10, 2, 3);
        twoOfThree();
        assertEquals(new MultisigEntry(Fixtures.key(10), Fixtures.address(Fixtures.key(10)), 2, 2,
                List.of(Fixtures.key(1), Fixtures.key(2), Fixtures.key(3)), List.of()), entry(10));
        assertEquals(List.of(Fixtures.key(10)), entry(2).multisigAccounts());

        // block 3: two of three cosignatories move the account's funds; it may no longer sign itself
        refused(MISSING, 1, List.of(chain.transfer(10)));
        refused(INELIGIBLE, 1, List.of(chain.transfer(10)), 7);
        refused(NOT_PERMITTED, 10, List.of(chain.transfer(10)), 1, 2);
        apply(1, List.of(chain.transfer(10)), 2);

        // block 4: the approval minimum rises to 3, which two cosignatories may still decide
        apply(2, List.of(chain.modify(10, 0, 1, "")), 3);
        refused(MISSING, 1, List.of(chain.transfer(10)), 2);
        assertEquals(3, entry(10).minApproval());

        // block 5: all three move funds now
        apply(1, List.of(chain.transfer(10)), 2, 3);

        // block 6: removing 3 needs the removal minimum (2), 3 itself may approve; approval falls back to 2
        refused(MISSING, 1, List.of(chain.modify(10, 0, -1, "-3")));
        apply(1, List.of(chain.modify(10, 0, -1, "-3")), 3);
        assertEquals(List.of(Fixtures.key(1), Fixtures.key(2)), entry(10).cosignatories());
        assertEquals(false, inGraph(3));

        // block 7: cosignatory 1 becomes a 1-of-2 multisig of 4 and 5
        apply(1, List.of(chain.modify(1, 1, 1, "+4 +5")), 4, 5);

        // block 8: 1 approves for 10 through 4 or 5, and may not cosign itself any more
        refused(INELIGIBLE, 2, List.of(chain.transfer(10)), 1);
        refused(MISSING, 2, List.of(chain.transfer(10)));
        refused(MISSING, 4, List.of(chain.transfer(10)), 5);
        apply(4, List.of(chain.transfer(10)), 2);

        // block 9: a third level (4 becomes a multisig of 6) is the deepest allowed
        apply(4, List.of(chain.modify(4, 1, 1, "+6")), 6);
        refused(MAX_DEPTH, 6, List.of(chain.modify(6, 1, 1, "+7")), 7);
        refused(MAX_DEPTH, 30, List.of(chain.modify(30, 1, 1, "+10")), 6, 2);

        // block 10: a transfer of 10 now needs 6 (for 4, for 1) or 5 (for 1), and 2; 4 may sign or cosign no more
        refused(NOT_PERMITTED, 4, List.of(chain.transfer(10)), 2);
        refused(INELIGIBLE, 2, List.of(chain.transfer(10)), 4);
        refused(MISSING, 2, List.of(chain.transfer(10)));
        apply(6, List.of(chain.transfer(10)), 2);

        // block 11: 40 becomes a 1-of-1 multisig of 41, which may not take 40 (or itself) in turn
        apply(40, List.of(chain.modify(40, 1, 1, "+41")), 41);
        refused(LOOP, 41, List.of(chain.modify(41, 1, 1, "+40")));
        refused(LOOP, 41, List.of(chain.modify(41, 1, 1, "+41")));

        // block 12: 50 takes maxCosignersPerAccount (10) cosignatories, not one more
        int[] eleven = IntStream.rangeClosed(51, 61).toArray();
        refused(MAX_COSIGNERS, 50, List.of(chain.modify(50, 1, 1, "+51 +52 +53 +54 +55 +56 +57 +58 +59 +60 +61")),
                eleven);
        apply(50, List.of(chain.modify(50, 1, 1, "+51 +52 +53 +54 +55 +56 +57 +58 +59 +60")),
                IntStream.rangeClosed(51, 60).toArray());
        assertEquals(10, entry(50).cosignatories().size());

        // block 13: 40 drops its only cosignatory with zero deltas, as Sirius allows; both leave the graph
        apply(41, List.of(chain.modify(40, 0, 0, "-41")));
        assertEquals(false, inGraph(40) || inGraph(41));

        // Act + Assert: roll back block by block
        rollBackEverything();
        assertEquals(Fixtures.state().snapshot(), chain.state().snapshot());
    }

    @Test
    void aTwoOfThreeAccountsTransferIsSufficientWithTwoMissingWithOneAndIneligibleWithAStranger() {
        // Arrange
        twoOfThree();

        // Act + Assert: the aggregate's signer counts; cosigners may be any two of 1, 2, 3
        refused(MISSING, 1, List.of(chain.transfer(10)));
        refused(MISSING, 3, List.of(chain.transfer(10)));
        refused(INELIGIBLE, 1, List.of(chain.transfer(10)), 2, 9);
        refused(INELIGIBLE, 9, List.of(chain.transfer(10)), 1, 2);
        apply(3, List.of(chain.transfer(10)), 1);
        apply(2, List.of(chain.transfer(10)), 1, 3);

        // Act + Assert: a transaction of a cosignatory of its own in the same aggregate
        apply(1, List.of(chain.transfer(10), chain.transfer(1)), 2);
        refused(MISSING, 2, List.of(chain.transfer(10), chain.transfer(1)), 3);
        rollBackEverything();
    }

    @Test
    void aNestedMultisigApprovesThroughItsOwnCosignatories() {
        // Arrange: 10 is 2-of-3 of 1, 2, 3; 2 is a 2-of-2 multisig of 20 and 21
        twoOfThree();
        apply(2, List.of(chain.modify(2, 2, 2, "+20 +21")), 20, 21);

        // Act + Assert: 2 approves only with both 20 and 21; 2's own signature is no longer eligible
        refused(MISSING, 1, List.of(chain.transfer(10)), 20);
        refused(INELIGIBLE, 1, List.of(chain.transfer(10)), 2);
        apply(1, List.of(chain.transfer(10)), 20, 21);
        apply(20, List.of(chain.transfer(10)), 21, 3);
        rollBackEverything();
    }

    @Test
    void newCosignatoriesNeedNotApproveWhenTheNetworkSaysSo() {
        // Arrange
        chain.configure("multisig", Map.of("maxMultisigDepth", "3", "maxCosignersPerAccount", "10",
                "maxCosignedAccountsPerAccount", "1'048'576", "newCosignersMustApprove", "false"));

        // Act + Assert: only the account converting itself signs; the cosignatories added may not cosign
        refused(INELIGIBLE, 10, List.of(chain.modify(10, 2, 2, "+1 +2 +3")), 1);
        apply(10, List.of(chain.modify(10, 2, 2, "+1 +2 +3")));
        rollBackEverything();
    }
}
