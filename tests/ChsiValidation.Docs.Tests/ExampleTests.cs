using System.Globalization;

namespace ChsiValidation.Docs.Tests;

/// <summary>
/// Every C# example of the documentation compiles and runs, and prints what its comments say. Examples run under
/// en-US (the culture a reader's comment values are written for); an example about another culture sets it itself.
/// </summary>
public class ExampleTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static TheoryData<string> RunnableExamples()
    {
        var data = new TheoryData<string>();
        foreach (Example example in Pages.Examples().Where(example => example.Run))
        {
            data.Add(example.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RunnableExamples))]
    public async Task Example_runs_and_prints_what_its_comments_say(string where)
    {
        Example example = Pages.Examples().Single(example => example.ToString() == where);
        List<string> failures = await ExampleRunner.RunAsync(example, English);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_pages_have_examples_and_most_of_them_run()
    {
        Example[] examples = [.. Pages.Examples()];
        Assert.True(examples.Length >= 10, $"only {examples.Length} C# examples found under {Pages.Root}");
        int notRun = examples.Count(example => !example.Run);
        Assert.True(notRun * 3 <= examples.Length, $"{notRun} of {examples.Length} examples are marked norun: {string.Join(", ", examples.Where(e => !e.Run))}");
    }

    [Fact]
    public async Task A_wrong_comment_fails()
    {
        var wrong = new Example("test.md", 1, ["using ChsiValidation;", "Console.WriteLine(IdNumber.IsValid(\"11010519491231002X\")); // False"], Run: true);
        List<string> failures = await ExampleRunner.RunAsync(wrong, English);
        Assert.Equal(["test.md:2: printed \"True\", the comment says \"False\""], failures);
    }

    [Fact]
    public async Task An_asserted_line_that_never_runs_fails_and_a_loop_checks_every_pass()
    {
        var example = new Example("test.md", 10, [
            "if (DateTime.Now.Year < 2000) Console.WriteLine(\"x\"); // x",
            "foreach (int i in new[] { 1, 1, 2 }) Console.WriteLine(i); // 1",
        ], Run: true);
        List<string> failures = await ExampleRunner.RunAsync(example, English);
        Assert.Equal(["test.md:1: never ran (expected \"x\")", "test.md:2: printed \"2\", the comment says \"1\""], failures);
    }

    [Fact]
    public async Task A_compile_error_names_the_page_line()
    {
        var example = new Example("test.md", 20, ["int x = 1;", "string s = x;"], Run: true);
        List<string> failures = await ExampleRunner.RunAsync(example, English);
        string failure = Assert.Single(failures);
        Assert.StartsWith("test.md:21: CS0029", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_print_in_the_examples_culture()
    {
        var example = new Example("test.md", 1, ["Console.WriteLine(new DateOnly(1949, 12, 31)); // 12/31/1949", "Console.WriteLine(1.5); // 1.5"], Run: true);
        Assert.Empty(await ExampleRunner.RunAsync(example, English));
    }
}
