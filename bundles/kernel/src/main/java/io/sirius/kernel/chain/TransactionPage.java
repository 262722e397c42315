package io.sirius.kernel.chain;

import java.util.List;

/**
 * One page of a transaction search.
 *
 * @param data the transactions of the page, in the order asked for
 * @param totalEntries how many transactions match in all
 * @param pageNumber the page, from 1
 * @param pageSize entries per page
 */
public record TransactionPage(List<TransactionRecord> data, long totalEntries, int pageNumber, int pageSize) {

    /** Freezes the data. */
    public TransactionPage {
        data = List.copyOf(data);
    }

    /** @return how many pages the matches fill */
    public long totalPages() {
        return (totalEntries + pageSize - 1) / pageSize;
    }
}
