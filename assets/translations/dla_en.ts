<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The data cannot be opened</source>
        <translation>The data cannot be opened</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Lessons for {name}</source>
        <translation>Lessons for {name}</translation>
    </message>
    <message>
        <source>‹  Change learner</source>
        <translation>‹  Change learner</translation>
    </message>
    <message>
        <source>Change learner: back to “Who is learning?”</source>
        <translation>Change learner: back to “Who is learning?”</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings: text size, contrast, language</source>
        <translation>Settings: text size, contrast, language</translation>
    </message>
    <message>
        <source>Getting the lessons ready…</source>
        <translation>Getting the lessons ready…</translation>
    </message>
    <message>
        <source>The lessons could not be loaded ({error}). Please ask a volunteer.</source>
        <translation>The lessons could not be loaded ({error}). Please ask a volunteer.</translation>
    </message>
    <message>
        <source>There are no lessons on this computer yet. Please ask a volunteer.</source>
        <translation>There are no lessons on this computer yet. Please ask a volunteer.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Continue:</source>
        <translation>Continue:</translation>
    </message>
    <message>
        <source>Start here:</source>
        <translation>Start here:</translation>
    </message>
    <message>
        <source>Next lesson:</source>
        <translation>Next lesson:</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>done ✓</translation>
    </message>
    <message>
        <source>step {done}/{total}</source>
        <translation>step {done}/{total}</translation>
    </message>
</context>
<context>
    <name>CompletionScreen</name>
    <message>
        <source>Well done, {name}!</source>
        <translation>Well done, {name}!</translation>
    </message>
    <message>
        <source>You have finished the lesson “{title}”.</source>
        <translation>You have finished the lesson “{title}”.</translation>
    </message>
    <message>
        <source>What you learned</source>
        <translation>What you learned</translation>
    </message>
    <message>
        <source>What to practise next</source>
        <translation>What to practise next</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Would you like a certificate? Please ask a volunteer to help you.</source>
        <translation>Would you like a certificate? Please ask a volunteer to help you.</translation>
    </message>
    <message>
        <source>Lesson finished</source>
        <translation>Lesson finished</translation>
    </message>
    <message>
        <source>Back to my lessons  ›</source>
        <translation>Back to my lessons  ›</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>Step text</source>
        <translation>Step text</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>I am still learning</source>
        <translation>I am still learning</translation>
    </message>
    <message>
        <source>In {seconds} seconds this screen goes back to “Who is learning?”. Your lessons are saved.</source>
        <translation>In {seconds} seconds this screen goes back to “Who is learning?”. Your lessons are saved.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Older person</source>
        <translation>Older person</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Freelance worker</source>
        <translation>Freelance worker</translation>
    </message>
    <message>
        <source>Resident of an outer district</source>
        <translation>Resident of an outer district</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Online public services</source>
        <translation>Online public services</translation>
    </message>
    <message>
        <source>Paying without cash</source>
        <translation>Paying without cash</translation>
    </message>
    <message>
        <source>Installing apps safely</source>
        <translation>Installing apps safely</translation>
    </message>
    <message>
        <source>Staying safe from scams</source>
        <translation>Staying safe from scams</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>High contrast (white text on black)</source>
        <translation>High contrast (white text on black)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Reading-aloud speed</source>
        <translation>Reading-aloud speed</translation>
    </message>
    <message>
        <source>Minutes before returning to the start screen</source>
        <translation>Minutes before returning to the start screen</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Digital literacy trainer</source>
        <translation>Digital literacy trainer</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <source>New learner</source>
        <translation>New learner</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>Back to “Who is learning?”</source>
        <translation>Back to “Who is learning?”</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>For example: Nguyễn Thị Hoa</source>
        <translation>For example: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Year of birth (you may leave it empty)</source>
        <translation>Year of birth (you may leave it empty)</translation>
    </message>
    <message>
        <source>For example: 1958</source>
        <translation>For example: 1958</translation>
    </message>
    <message>
        <source>Which group are you in?</source>
        <translation>Which group are you in?</translation>
    </message>
    <message>
        <source>New learner form</source>
        <translation>New learner form</translation>
    </message>
    <message>
        <source>Start learning  ›</source>
        <translation>Start learning  ›</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This name cannot be saved. Please check it.</source>
        <translation>This name cannot be saved. Please check it.</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>Please type your name.</translation>
    </message>
    <message>
        <source>The name is too long. Please type at most {count} letters.</source>
        <translation>The name is too long. Please type at most {count} letters.</translation>
    </message>
    <message>
        <source>The name has a character that cannot be used. Please type it again.</source>
        <translation>The name has a character that cannot be used. Please type it again.</translation>
    </message>
    <message>
        <source>Please type the year in digits only, for example 1958.</source>
        <translation>Please type the year in digits only, for example 1958.</translation>
    </message>
    <message>
        <source>The year must be between 1900 and {year}.</source>
        <translation>The year must be between 1900 and {year}.</translation>
    </message>
</context>
<context>
    <name>PlayerScreen</name>
    <message>
        <source>‹  Lessons</source>
        <translation>‹  Lessons</translation>
    </message>
    <message>
        <source>Leave the lesson and go back to the list of lessons</source>
        <translation>Leave the lesson and go back to the list of lessons</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Listen: read this step aloud</source>
        <translation>Listen: read this step aloud</translation>
    </message>
    <message>
        <source>Progress through the lesson</source>
        <translation>Progress through the lesson</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>Step {current}/{total}</source>
        <translation>Step {current}/{total}</translation>
    </message>
    <message>
        <source>Finish  ✓</source>
        <translation>Finish  ✓</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Next  ›</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>Finish the lesson</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Back to the list of lessons</source>
        <translation>Back to the list of lessons</translation>
    </message>
    <message>
        <source>Choose an answer to go on.</source>
        <translation>Choose an answer to go on.</translation>
    </message>
    <message>
        <source>Do the practice on the phone to go on.</source>
        <translation>Do the practice on the phone to go on.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Show me</source>
        <translation>Show me</translation>
    </message>
    <message>
        <source>Show me where to tap</source>
        <translation>Show me where to tap</translation>
    </message>
    <message>
        <source>Practice instruction</source>
        <translation>Practice instruction</translation>
    </message>
    <message>
        <source>You have done this practice before. You can do it again, or press “Next”.</source>
        <translation>You have done this practice before. You can do it again, or press “Next”.</translation>
    </message>
    <message>
        <source>Well done! You refused safely. Press “Next” to go on.</source>
        <translation>Well done! You refused safely. Press “Next” to go on.</translation>
    </message>
    <message>
        <source>Well done! You have finished this practice. Press “Next” to go on.</source>
        <translation>Well done! You have finished this practice. Press “Next” to go on.</translation>
    </message>
    <message>
        <source>Not this one. Read the instruction again and try another place.</source>
        <translation>Not this one. Read the instruction again and try another place.</translation>
    </message>
    <message>
        <source>First tick the box “{label}”.</source>
        <translation>First tick the box “{label}”.</translation>
    </message>
    <message>
        <source>The box “{label}” should not be ticked. Tap it to clear it.</source>
        <translation>The box “{label}” should not be ticked. Tap it to clear it.</translation>
    </message>
    <message>
        <source>First type “{text}” in the box “{label}”.</source>
        <translation>First type “{text}” in the box “{label}”.</translation>
    </message>
    <message>
        <source>Look at the phone: the place to use now has a thick frame.</source>
        <translation>Look at the phone: the place to use now has a thick frame.</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Answer {letter}: {text}</source>
        <translation>Answer {letter}: {text}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>✓  That is right!</source>
        <translation>✓  That is right!</translation>
    </message>
    <message>
        <source>✗  Not quite. Read why, then choose another answer.</source>
        <translation>✗  Not quite. Read why, then choose another answer.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings for {name}</source>
        <translation>Settings for {name}</translation>
    </message>
    <message>
        <source>Changes work at once and are kept for next time.</source>
        <translation>Changes work at once and are kept for next time.</translation>
    </message>
    <message>
        <source>This is how lesson text will look.</source>
        <translation>This is how lesson text will look.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Done  ›</source>
        <translation>Done  ›</translation>
    </message>
    <message>
        <source>Done: back to where you were</source>
        <translation>Done: back to where you were</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Who is learning?</source>
        <translation>Who is learning?</translation>
    </message>
    <message>
        <source>Press your name. Or type part of it to find it.</source>
        <translation>Press your name. Or type part of it to find it.</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Find a name</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>New learner</translation>
    </message>
    <message>
        <source>Born {year}</source>
        <translation>Born {year}</translation>
    </message>
    <message>
        <source>{count} more people. Type part of your name to find it.</source>
        <translation>{count} more people. Type part of your name to find it.</translation>
    </message>
    <message>
        <source>No name matches “{query}”. Check the spelling, or press “New learner”.</source>
        <translation>No name matches “{query}”. Check the spelling, or press “New learner”.</translation>
    </message>
    <message>
        <source>Nobody has started yet. Press “New learner” to begin.</source>
        <translation>Nobody has started yet. Press “New learner” to begin.</translation>
    </message>
</context>
</TS>
