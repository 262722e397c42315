package io.sirius.api.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paging of a search route, as js-xpx-chain-rest's {@code parsePaginationArguments} reads it with REST's default
 * page sizes ({@code rest.json}: min 10, max 100, default 20) and as its {@code queryPagedDocuments_2} answers:
 *
 * <ul>
 *   <li>{@code pageSize}: an unsigned integer, else 409 {@code pageSize is not a valid unsigned integer}; absent or 0
 *       gives {@value #DEFAULT_PAGE_SIZE}; otherwise clamped to [{@value #MIN_PAGE_SIZE}, {@value #MAX_PAGE_SIZE}].</li>
 *   <li>{@code pageNumber}: counts from 1; an unsigned integer, else 409 {@code pageNumber is not a valid unsigned
 *       integer}; absent or 0 gives 1.</li>
 *   <li>{@code order}: {@code desc} is descending, anything else (or nothing) ascending.</li>
 * </ul>
 *
 * The answer is {@code {data: [...], pagination: {totalEntries, pageNumber, pageSize, totalPages}}}, totalPages being
 * totalEntries / pageSize rounded up (0 when nothing matches); a page past the end has empty data.
 *
 * @param pageSize the page size
 * @param pageNumber the page, from 1
 * @param descending whether {@code order=desc}
 * @since 1.1
 */
public record SearchPaging(int pageSize, long pageNumber, boolean descending) {
    /** The smallest page. */
    public static final int MIN_PAGE_SIZE = 10;
    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The page size when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    /**
     * @param request a request
     * @return its paging
     * @throws InvalidArgumentException for a page size or number that is not an unsigned integer
     */
    public static SearchPaging of(RouteRequest request) {
        long size = QueryArguments.uint(request, "pageSize").orElse(0L);
        int pageSize = size == 0 ? DEFAULT_PAGE_SIZE : (int) Math.max(MIN_PAGE_SIZE, Math.min(MAX_PAGE_SIZE, size));
        long pageNumber = Math.max(1, QueryArguments.uint(request, "pageNumber").orElse(1L));
        boolean descending = request.queryParameter("order").filter("desc"::equals).isPresent();
        return new SearchPaging(pageSize, pageNumber, descending);
    }

    /** @return how many entries come before the page (at most 2^53 x 100, no overflow) */
    public long skip() {
        return (pageNumber - 1) * pageSize;
    }

    /**
     * Where the page lies among the matches. A descending page is the same number of entries counted from the end:
     * read the window in ascending order, then reverse it.
     *
     * @param totalEntries how many entries match
     * @return the page's positions among the matches in ascending order; empty past the end
     * @since 1.2
     */
    public Window window(long totalEntries) {
        long skip = skip();
        if (skip >= totalEntries) {
            return new Window(totalEntries, totalEntries);
        }
        if (!descending) {
            return new Window(skip, Math.min(totalEntries, skip + pageSize));
        }
        long end = totalEntries - skip;
        return new Window(Math.max(0, end - pageSize), end);
    }

    /**
     * A range of positions among a search's matches.
     *
     * @param start the first position
     * @param end the position after the last
     * @since 1.2
     */
    public record Window(long start, long end) {
        /** @return whether the range holds no position */
        public boolean isEmpty() {
            return end <= start;
        }
    }

    /**
     * @param data the page's entries
     * @param totalEntries how many entries match in all
     * @return the answer's body
     */
    public Map<String, Object> body(List<?> data, long totalEntries) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalEntries", totalEntries);
        pagination.put("pageNumber", pageNumber);
        pagination.put("pageSize", pageSize);
        pagination.put("totalPages", (totalEntries + pageSize - 1) / pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("pagination", pagination);
        return body;
    }
}
