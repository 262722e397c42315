package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.api.entity.Block;
import io.sirius.api.entity.BlockHeader;
import io.sirius.kernel.chain.BlockInfo;
import io.sirius.kernel.chain.ChainService;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code sirius:block [height]}: a block's header and meta (the last block without a height).
 */
@Service
@Command(scope = "sirius", name = "block", description = "Shows a block: hash, time, producer, transactions, fees, state and receipts hashes")
public class BlockCommand implements Action {

    @Reference
    ChainService chain;

    @Argument(index = 0, name = "height", required = false, description = "the block's height (default: the last)")
    Long height;

    @Override
    public Object execute() {
        long wanted = height == null ? chain.status().height() : height;
        BlockInfo block = chain.block(wanted).orElseThrow(() -> new SiriusException("there is no block " + wanted
                + "; the chain's height is " + chain.status().height()));
        print(block, System.out);
        return null;
    }

    static void print(BlockInfo block, PrintStream out) {
        BlockHeader header = Block.decode(block.bytes()).header();
        out.println("Height:           " + block.height());
        out.println("Hash:             " + block.hash());
        out.println("Generation hash:  " + block.generationHash());
        out.println("Time:             " + header.timestamp().toInstant() + " (" + header.timestamp() + ")");
        out.println("Producer:         " + header.signer());
        out.println("Transactions:     " + block.transactionCount());
        out.println("Fees:             " + block.totalFee());
        out.println("Difficulty:       " + Long.toUnsignedString(header.difficulty()));
        out.println("Previous:         " + header.previousBlockHash());
        out.println("State hash:       " + header.stateHash());
        out.println("Receipts hash:    " + header.blockReceiptsHash() + " (" + block.statement().count() + " statements)");
        out.println("Size:             " + block.bytes().length + " bytes");
    }
}
