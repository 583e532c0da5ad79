using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Benchmarks;

/// <summary>
/// An analyzer run through a wrapper that times each of its callbacks two ways: wall time, and the calling thread's
/// CPU time. Wall time cannot tell our code from what happens to it while it runs: a collection that the compiler's
/// threads set off, a wait for one of the cores or for a lock. CPU time can, except that a collection our own thread
/// sets off runs on it. (The garbage collector's pause counter cannot be split per callback: it is updated when a
/// collection ends, which need not be while the callback that waited for it runs.)
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class TimedAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer _inner;
    private long _wallTicks;
    private long _cpuNanoseconds;

    public TimedAnalyzer(DiagnosticAnalyzer inner) => _inner = inner;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => _inner.Initialize(new TimedAnalysisContext(context, this));

    /// <summary>What the callbacks took since the last call, and starts counting again.</summary>
    public CallbackTimes Take() => new(
        TimeSpan.FromTicks(Interlocked.Exchange(ref _wallTicks, 0)).TotalMilliseconds,
        Interlocked.Exchange(ref _cpuNanoseconds, 0) / 1e6);

    private Action<T> Timed<T>(Action<T> callback) => argument =>
    {
        var cpuBefore = ThreadCpuNanoseconds();
        var started = Stopwatch.GetTimestamp();
        try
        {
            callback(argument);
        }
        finally
        {
            Interlocked.Add(ref _wallTicks, Stopwatch.GetElapsedTime(started).Ticks);
            Interlocked.Add(ref _cpuNanoseconds, ThreadCpuNanoseconds() - cpuBefore);
        }
    };

    // .NET has no managed clock for the current thread's CPU time; on Linux the C library has one (elsewhere the CPU
    // column reads 0). Reading it costs about half a microsecond, which the CPU column includes once per callback:
    // the idle analyzer's figure is that cost.
    private static long ThreadCpuNanoseconds()
    {
        const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID
        return OperatingSystem.IsLinux() && clock_gettime(ThreadCpuClock, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // Only the actions the measured analyzers register are timed; any other fails the run, so that a new kind of
    // action in our analyzer cannot go untimed.
    private sealed class TimedAnalysisContext : AnalysisContext
    {
        private readonly AnalysisContext _context;
        private readonly TimedAnalyzer _clock;

        public TimedAnalysisContext(AnalysisContext context, TimedAnalyzer clock)
        {
            _context = context;
            _clock = clock;
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void EnableConcurrentExecution() => _context.EnableConcurrentExecution();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            _context.RegisterCompilationStartAction(_clock.Timed<CompilationStartAnalysisContext>(start => action(new TimedCompilationStartContext(start, _clock))));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _context.RegisterSymbolAction(_clock.Timed(action), symbolKinds);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _context.RegisterSyntaxTreeAction(_clock.Timed(action));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Untimed();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Untimed();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Untimed();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Untimed();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Untimed();

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => throw Untimed();

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Untimed();

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw Untimed();
    }

    private sealed class TimedCompilationStartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext _context;
        private readonly TimedAnalyzer _clock;

        public TimedCompilationStartContext(CompilationStartAnalysisContext context, TimedAnalyzer clock)
            : base(context.Compilation, context.Options, context.CancellationToken)
        {
            _context = context;
            _clock = clock;
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _context.RegisterSymbolAction(_clock.Timed(action), symbolKinds);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _context.RegisterSyntaxTreeAction(_clock.Timed(action));

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Untimed();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Untimed();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Untimed();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Untimed();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Untimed();

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => throw Untimed();

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Untimed();

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw Untimed();
    }

    private static NotSupportedException Untimed() => new("TimedAnalyzer times symbol, syntax tree and compilation start actions only; add the new kind of action to it.");
}

/// <summary>What an analyzer's callbacks took (ms): wall time and their threads' CPU time.</summary>
internal readonly record struct CallbackTimes(double Wall, double Cpu);
