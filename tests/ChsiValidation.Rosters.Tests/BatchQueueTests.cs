using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChsiValidation.Rosters.Tests;

/// <summary>
/// The queue of a parallel check: batches are taken in the order they were added, each checked exactly once and before it
/// is taken, whichever thread checked it; a failure reaches the caller; a caller that stops releases the reader.
/// </summary>
public class BatchQueueTests
{
    private sealed class Batch(int number)
    {
        public int Number { get; } = number;

        public int Checks;

        public int CheckedBy;
    }

    /// <summary>
    /// Adds <paramref name="count"/> batches from a reader thread and takes them on this one, with up to
    /// <paramref name="helpers"/> thread-pool helpers; each check spins for its batch's share of <paramref name="work"/>.
    /// </summary>
    private static (List<Batch> Taken, int Reader, int Caller) Run(int capacity, int helpers, int count, int[] work)
    {
        var queue = new BatchQueue<Batch>(capacity, helpers, batch =>
        {
            Thread.SpinWait(work[batch.Number % work.Length]);
            batch.CheckedBy = Environment.CurrentManagedThreadId;
            Interlocked.Increment(ref batch.Checks);
        });
        int readerThread = 0;
        var reader = new Thread(() =>
        {
            readerThread = Environment.CurrentManagedThreadId;
            for (int i = 0; i < count && queue.Add(new Batch(i)); i++)
            {
            }

            queue.CompleteAdding();
        });
        reader.Start();
        var taken = new List<Batch>();
        while (queue.Take() is { } batch)
        {
            Assert.Equal(1, Volatile.Read(ref batch.Checks)); // checked, once, before it is taken
            taken.Add(batch);
        }

        queue.Stop(); // waits for the helpers
        reader.Join();
        return (taken, readerThread, Environment.CurrentManagedThreadId);
    }

    [Property(MaxTest = 200)]
    public Property EveryBatchIsTakenInOrderCheckedOnceWhoeverChecksIt() =>
        Prop.ForAll(
            (from capacity in Gen.Choose(1, 6)
             from helpers in Gen.Choose(0, 3)
             from count in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(1, 120)))
             select (capacity, helpers, count)).ToArbitrary(),
            Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 2_000)), (1, Gen.Choose(20_000, 60_000))), 7).ToArbitrary(),
            (shape, work) =>
            {
                (int capacity, int helpers, int count) = shape;
                (List<Batch> taken, int reader, int caller) = Run(capacity, helpers, count, work);
                bool inOrder = taken.Select(b => b.Number).SequenceEqual(Enumerable.Range(0, count));
                bool checkedOnce = taken.All(b => b.Checks == 1);
                return (inOrder && checkedOnce).Label($"order {inOrder}, each checked once {checkedOnce}")
                    .Classify(taken.Any(b => b.CheckedBy == reader), "the reader checked a batch")
                    .Classify(taken.Any(b => b.CheckedBy == caller), "the caller checked a batch")
                    .Classify(taken.Any(b => b.CheckedBy != reader && b.CheckedBy != caller), "a helper checked a batch")
                    .Classify(count == 0, "no batch");
            });

    [Fact]
    public void TheReaderChecksWhenTheQueueIsFullAndTheCallerWhenTheNextIsUnchecked()
    {
        // No helper, one place: the reader, once the queue is full, checks the waiting batch itself, and the caller checks
        // any next batch it finds unchecked. Both must have checked some of 200 batches, whose checks take a while.
        (List<Batch> taken, int reader, int caller) = Run(capacity: 1, helpers: 0, count: 200, work: [5_000]);

        Assert.Equal(Enumerable.Range(0, 200), taken.Select(b => b.Number));
        Assert.Contains(taken, b => b.CheckedBy == reader);
        Assert.Contains(taken, b => b.CheckedBy == caller);
    }

    [Fact]
    public void AFailedCheckIsThrownToTheCallerAndEndsTheReader()
    {
        var queue = new BatchQueue<Batch>(2, 0, batch =>
        {
            if (batch.Number == 5)
            {
                throw new InvalidOperationException("batch 5");
            }
        });
        bool? lastAdd = null;
        var reader = new Thread(() =>
        {
            int i = 0;
            while (queue.Add(new Batch(i++)))
            {
                if (i == 1_000)
                {
                    break;
                }
            }

            lastAdd = i < 1_000;
            queue.CompleteAdding();
        });
        reader.Start();
        var taken = new List<int>();
        InvalidOperationException failure = Assert.Throws<InvalidOperationException>(() =>
        {
            while (queue.Take() is { } batch)
            {
                taken.Add(batch.Number);
            }
        });
        reader.Join();

        Assert.Equal("batch 5", failure.Message);
        Assert.Equal(Enumerable.Range(0, taken.Count), taken);
        Assert.InRange(taken.Count, 0, 5);
        Assert.True(lastAdd); // the reader was told to stop, well before its thousandth batch
    }

    [Fact]
    public void ACallerThatStopsReleasesAReaderWaitingForRoom()
    {
        // Every batch is checked at once, so a full queue leaves the reader nothing to check: it waits for room.
        var queue = new BatchQueue<Batch>(3, 0, _ => { });
        int added = 0;
        bool lastAdd = true;
        var reader = new Thread(() =>
        {
            for (int i = 0; lastAdd && i < 100; i++)
            {
                lastAdd = queue.Add(new Batch(i));
                if (lastAdd)
                {
                    Interlocked.Increment(ref added);
                }
            }
        });
        reader.Start();
        Assert.Equal(0, queue.Take()!.Number);
        SpinWait.SpinUntil(() => Volatile.Read(ref added) == 4 && reader.ThreadState == ThreadState.WaitSleepJoin, TimeSpan.FromSeconds(10));

        queue.Stop();

        Assert.True(reader.Join(TimeSpan.FromSeconds(10)));
        Assert.False(lastAdd);
        Assert.Equal(4, added);
    }

    [Fact]
    public void AStopWaitsForTheHelpersItsBatchesAreWith()
    {
        // A helper (a thread-pool work item) holds a batch in its check; the caller's stop must not return before it is
        // done, or the source and the batches would be released under it.
        using var release = new ManualResetEventSlim();
        int inCheck = 0;
        var queue = new BatchQueue<Batch>(4, 1, _ =>
        {
            Interlocked.Increment(ref inCheck);
            release.Wait();
            Interlocked.Decrement(ref inCheck);
        });
        Assert.True(queue.Add(new Batch(0)));
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref inCheck) == 1, TimeSpan.FromSeconds(10)));

        var stopping = new Thread(queue.Stop);
        stopping.Start();
        Assert.False(stopping.Join(TimeSpan.FromMilliseconds(200)));
        release.Set();

        Assert.True(stopping.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, Volatile.Read(ref inCheck));
        Assert.False(queue.Add(new Batch(1)));
    }

    [Fact]
    public void AReaderFailureIsThrownToTheCallerAndRefusesMoreBatches()
    {
        var queue = new BatchQueue<Batch>(4, 0, _ => { });
        Assert.True(queue.Add(new Batch(0)));
        queue.Fail(new IOException("disk"));
        queue.Fail(new InvalidOperationException("later"));

        Assert.False(queue.Add(new Batch(1)));
        queue.CompleteAdding();
        Assert.Equal("disk", Assert.Throws<IOException>(() => queue.Take()).Message); // the first failure, before any batch
    }
}
