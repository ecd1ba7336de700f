using System.Runtime.ExceptionServices;

namespace ChsiValidation.Rosters;

/// <summary>
/// The batches of a parallel roster check read and not yet taken, in file order, each unchecked, being checked, or
/// checked; whichever thread is free checks the oldest unchecked one (<see cref="Roster"/>: the reader when the queue is
/// full, the caller when the next batch is not checked yet, and up to <paramref name="helpers"/> thread-pool work items,
/// each of which checks while a batch is unchecked and ends without waiting). One lock guards the order and the states
/// (a few operations a batch of 512 rows); the checking itself is done outside it.
/// </summary>
/// <typeparam name="T">A batch.</typeparam>
/// <param name="capacity">How many batches may wait (at least 1): the reader checks instead of reading beyond it.</param>
/// <param name="helpers">How many thread-pool work items may check at once besides the reader and the caller (0: none).</param>
/// <param name="check">Checks one batch.</param>
internal sealed class BatchQueue<T>(int capacity, int helpers, Action<T> check)
    where T : class
{
    private readonly object _gate = new();
    private readonly T[] _batches = new T[capacity];
    private readonly State[] _states = new State[capacity];
    private int _first;
    private int _count;
    private bool _complete;
    private bool _stopped;
    private int _helping;
    private ExceptionDispatchInfo? _failure;

    private enum State
    {
        Unchecked,
        Checking,
        Checked,
    }

    /// <summary>Adds the next batch read, checking waiting ones while the queue is full; false once the caller stopped.</summary>
    public bool Add(T batch)
    {
        lock (_gate)
        {
            while (_count == _batches.Length && !_stopped)
            {
                if (!CheckOldestUnchecked())
                {
                    Monitor.Wait(_gate);
                }
            }

            if (_stopped)
            {
                return false;
            }

            int slot = (_first + _count) % _batches.Length;
            (_batches[slot], _states[slot]) = (batch, State.Unchecked);
            _count++;
            if (_helping < helpers)
            {
                _helping++;
                ThreadPool.UnsafeQueueUserWorkItem(static queue => queue.Help(), this, preferLocal: false);
            }

            Monitor.PulseAll(_gate);
            return true;
        }
    }

    /// <summary>Says that no batch follows.</summary>
    public void CompleteAdding()
    {
        lock (_gate)
        {
            _complete = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Records a failure of the reader or of a check, which <see cref="Take"/> then throws on the caller's thread.</summary>
    public void Fail(Exception exception)
    {
        lock (_gate)
        {
            _failure ??= ExceptionDispatchInfo.Capture(exception);
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Says that the caller stopped: the reader ends, and the helpers, which this waits for.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
            while (_helping > 0)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    /// <summary>The next batch in file order, checked (by this thread when it is not checked yet); null after the last.</summary>
    public T? Take()
    {
        lock (_gate)
        {
            while (true)
            {
                _failure?.Throw();
                if (_count == 0)
                {
                    if (_complete)
                    {
                        return null;
                    }

                    Monitor.Wait(_gate);
                    continue;
                }

                if (_states[_first] == State.Checked)
                {
                    T batch = _batches[_first];
                    _batches[_first] = null!; // not held once taken
                    (_first, _count) = ((_first + 1) % _batches.Length, _count - 1);
                    Monitor.PulseAll(_gate); // room for the reader
                    return batch;
                }

                // The next batch is unchecked (checked here), or being checked elsewhere (another one checked meanwhile).
                if (!CheckOldestUnchecked())
                {
                    Monitor.Wait(_gate);
                }
            }
        }
    }

    /// <summary>A helper: checks the oldest unchecked batch while there is one, then ends (a work item never waits).</summary>
    private void Help()
    {
        lock (_gate)
        {
            while (!_stopped && CheckOldestUnchecked())
            {
            }

            _helping--;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Checks the oldest unchecked batch, the lock released meanwhile (held on entry and on return); false when none
    /// is unchecked.
    /// </summary>
    private bool CheckOldestUnchecked()
    {
        for (int i = 0; i < _count; i++)
        {
            int slot = (_first + i) % _batches.Length;
            if (_states[slot] != State.Unchecked)
            {
                continue;
            }

            _states[slot] = State.Checking;
            T batch = _batches[slot];
            Monitor.Exit(_gate);
            Exception? failure = null;
            try
            {
                check(batch);
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                Monitor.Enter(_gate);
            }

            if (failure is not null)
            {
                Fail(failure); // the lock is held: Monitor is reentrant
            }

            // The slot still holds the batch: only a checked batch is taken.
            _states[slot] = State.Checked;
            Monitor.PulseAll(_gate);
            return true;
        }

        return false;
    }
}
