from digital_literacy_app.cli import main

raise SystemExit(main())
